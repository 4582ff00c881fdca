import { iamActionReference, iamServiceKnown } from './iam-service-reference.js';

/** The IAM actions one SDK command needs, or why they cannot be told from its name. */
export type CommandActions = { kind: 'actions'; actions: string[] } | { kind: 'unknown'; reason: string };

export const documentClientModule = '@aws-sdk/lib-dynamodb';
const clientModulePrefix = '@aws-sdk/client-';

/** Whether a module specifier is one whose commands the check maps: a service client or the DynamoDB document client. */
export const isSdkCommandModule = (specifier: string): boolean =>
  specifier === documentClientModule || /^@aws-sdk\/client-[a-z0-9-]+$/.test(specifier);

/** The document client's commands and the DynamoDB operation each one calls (it marshalls, then calls DynamoDB). */
const documentClientOperations: Readonly<Record<string, string>> = {
  PutCommand: 'PutItem',
  GetCommand: 'GetItem',
  UpdateCommand: 'UpdateItem',
  DeleteCommand: 'DeleteItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
  BatchWriteCommand: 'BatchWriteItem',
  BatchGetCommand: 'BatchGetItem',
  TransactWriteCommand: 'TransactWriteItems',
  TransactGetCommand: 'TransactGetItems',
  ExecuteStatementCommand: 'ExecuteStatement',
  BatchExecuteStatementCommand: 'BatchExecuteStatement',
  ExecuteTransactionCommand: 'ExecuteTransaction',
};

/** Client packages whose IAM service prefix is not the package name. */
const servicePrefixes: Readonly<Record<string, string>> = {
  'api-gateway': 'apigateway',
  apigatewaymanagementapi: 'execute-api',
  appconfigdata: 'appconfig',
  'bedrock-agent-runtime': 'bedrock',
  'bedrock-runtime': 'bedrock',
  'cloudwatch-logs': 'logs',
  'cognito-identity-provider': 'cognito-idp',
  'dynamodb-streams': 'dynamodb',
  'elastic-load-balancing-v2': 'elasticloadbalancing',
  eventbridge: 'events',
  'iot-data-plane': 'iot',
  'kinesis-firehose': 'firehose',
  'lex-runtime-v2': 'lex',
  'personalize-events': 'personalize',
  'personalize-runtime': 'personalize',
  'sagemaker-runtime': 'sagemaker',
  'secrets-manager': 'secretsmanager',
  sesv2: 'ses',
  sfn: 'states',
  'timestream-query': 'timestream',
  'timestream-write': 'timestream',
};

/**
 * Commands whose IAM action is not `<prefix>:<name>`: batch APIs authorised by the single action, S3's listing and
 * HEAD requests, and commands that need several actions.
 */
const actionOverrides: Readonly<Record<string, readonly string[]>> = {
  'sqs:SendMessageBatch': ['sqs:SendMessage'],
  'sqs:DeleteMessageBatch': ['sqs:DeleteMessage'],
  'sqs:ChangeMessageVisibilityBatch': ['sqs:ChangeMessageVisibility'],
  'sns:PublishBatch': ['sns:Publish'],
  's3:ListObjects': ['s3:ListBucket'],
  's3:ListObjectsV2': ['s3:ListBucket'],
  's3:ListObjectVersions': ['s3:ListBucketVersions'],
  's3:HeadBucket': ['s3:ListBucket'],
  's3:HeadObject': ['s3:GetObject'],
  's3:CopyObject': ['s3:GetObject', 's3:PutObject'],
  's3:DeleteObjects': ['s3:DeleteObject'],
  's3:CreateMultipartUpload': ['s3:PutObject'],
  's3:UploadPart': ['s3:PutObject'],
  's3:CompleteMultipartUpload': ['s3:PutObject'],
  'lambda:Invoke': ['lambda:InvokeFunction'],
  'lambda:InvokeWithResponseStream': ['lambda:InvokeFunction'],
  // IAM has no TransactGetItems action: a transactional read is authorised as GetItem on each table.
  'dynamodb:TransactGetItems': ['dynamodb:GetItem'],
  'execute-api:PostToConnection': ['execute-api:ManageConnections'],
  'execute-api:GetConnection': ['execute-api:ManageConnections'],
  'execute-api:DeleteConnection': ['execute-api:ManageConnections'],
};

// PartiQL statements are authorised by what they do (dynamodb:PartiQLSelect, PartiQLInsert, ...), not by the command.
const partiQlReason =
  'its IAM action depends on the PartiQL statement (dynamodb:PartiQLSelect, PartiQLInsert, PartiQLUpdate or ' +
  'PartiQLDelete), which is only known at run time';
// IAM has no TransactWriteItems action: each item is authorised by its own kind.
const transactWriteReason =
  'IAM authorises each of its items by kind (dynamodb:PutItem, UpdateItem, DeleteItem or ConditionCheckItem), ' +
  'which static analysis does not read from the request';
const statementDependent: Readonly<Record<string, string>> = {
  'dynamodb:ExecuteStatement': partiQlReason,
  'dynamodb:BatchExecuteStatement': partiQlReason,
  'dynamodb:ExecuteTransaction': partiQlReason,
  'dynamodb:TransactWriteItems': transactWriteReason,
};

/** `@aws-sdk/client-cloudwatch-logs` -> `logs`. */
function servicePrefixOf(clientModule: string): string {
  const name = clientModule.slice(clientModulePrefix.length);
  return servicePrefixes[name] ?? name;
}

async function validated(actions: readonly string[], module: string, command: string): Promise<CommandActions> {
  const canonical: string[] = [];
  for (const action of actions) {
    const reference = await iamActionReference(action);
    if (reference === undefined) {
      return {
        kind: 'unknown',
        reason: `${command} of ${module} maps to ${action}, which is not an action in IAM's service reference`,
      };
    }
    canonical.push(reference.action);
  }
  return { kind: 'actions', actions: canonical };
}

async function actionsOfOperation(
  prefix: string,
  operation: string,
  module: string,
  command: string,
): Promise<CommandActions> {
  const action = `${prefix}:${operation}`;
  const statementReason = statementDependent[action];
  if (statementReason !== undefined) return { kind: 'unknown', reason: `${command}: ${statementReason}` };
  return validated(actionOverrides[action] ?? [action], module, command);
}

/**
 * The IAM actions a command of an SDK module sends (`PutItemCommand` of `@aws-sdk/client-dynamodb` ->
 * `dynamodb:PutItem`, `PutCommand` of `@aws-sdk/lib-dynamodb` -> `dynamodb:PutItem`), each checked against IAM's
 * service reference; `unknown` with the reason when it has none or it depends on the request.
 */
export async function iamActionsOfCommand(module: string, command: string): Promise<CommandActions> {
  if (module === documentClientModule) {
    const operation = documentClientOperations[command];
    if (operation === undefined) {
      return { kind: 'unknown', reason: `${command} is not a command of ${module} that the check knows` };
    }
    return actionsOfOperation('dynamodb', operation, module, command);
  }
  const prefix = servicePrefixOf(module);
  if (!(await iamServiceKnown(prefix))) {
    return {
      kind: 'unknown',
      reason: `IAM has no service "${prefix}" for ${module}: add its service prefix to the cli's servicePrefixes`,
    };
  }
  return actionsOfOperation(prefix, command.replace(/Command$/, ''), module, command);
}
