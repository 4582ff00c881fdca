import { afterEach, describe, expect, it } from 'vitest';
import { handlerSdkCalls } from '../src/index.js';
import { fixturePackage } from './fixture-package.js';
import { handlerSource, lineOf } from './handler-source.js';

const dynamodbClient = "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';";
const client = 'const client = new DynamoDBClient({});';

describe('handlerSdkCalls', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => remove?.());

  async function analyse(handler: string, files: Record<string, string> = {}) {
    const fixture = await fixturePackage({ handler, files, template: null });
    remove = fixture.remove;
    return handlerSdkCalls(fixture.directory);
  }

  it('finds a named command import where it is constructed, with its file and line', async () => {
    // Prepare
    const handler = handlerSource(
      ["import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';", client],
      ["await client.send(new PutItemCommand({ TableName: 'orders', Item: {} }));"],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls).toEqual([
      {
        module: '@aws-sdk/client-dynamodb',
        command: 'PutItemCommand',
        file: 'src/handler.ts',
        line: lineOf(handler, 'new PutItemCommand'),
        actions: ['dynamodb:PutItem'],
      },
    ]);
    expect(unresolved).toEqual([]);
  });

  it('maps the document client PutCommand to dynamodb:PutItem', async () => {
    // Prepare
    const handler = handlerSource(
      [
        dynamodbClient,
        "import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';",
        'const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
      ],
      ["await documents.send(new PutCommand({ TableName: 'orders', Item: { pk: event.name } }));"],
    );

    // Act
    const { calls } = await analyse(handler);

    // Assess
    expect(calls.map(({ command, actions }) => [command, actions])).toEqual([['PutCommand', ['dynamodb:PutItem']]]);
  });

  it('follows aliased and namespace imports', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { SendMessageCommand as Send, SQSClient } from '@aws-sdk/client-sqs';",
        "import * as kinesis from '@aws-sdk/client-kinesis';",
        'const queue = new SQSClient({});',
        'const stream = new kinesis.KinesisClient({});',
      ],
      [
        "await queue.send(new Send({ QueueUrl: 'q', MessageBody: event.name }));",
        "await stream.send(new kinesis.PutRecordsCommand({ StreamName: 's', Records: [] }));",
      ],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls.map(({ actions, line }) => [actions, line])).toEqual([
      [['sqs:SendMessage'], lineOf(handler, 'new Send(')],
      [['kinesis:PutRecords'], lineOf(handler, 'new kinesis.PutRecordsCommand')],
    ]);
    expect(unresolved).toEqual([]);
  });

  it('reads the files the handler imports, and only those', async () => {
    // Prepare
    const handler = handlerSource(["import { saveOrder } from './orders.js';"], ['await saveOrder(event.name);']);
    const orders = [
      "import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';",
      'const client = new DynamoDBClient({});',
      "export const saveOrder = (id: string) => client.send(new UpdateItemCommand({ TableName: 't', Key: { id: { S: id } } }));",
    ].join('\n');
    const unused =
      "import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';\nexport const drop = new DeleteTableCommand({ TableName: 't' });\n";

    // Act
    const { files, calls } = await analyse(handler, { 'src/orders.ts': orders, 'src/unused.ts': unused });

    // Assess
    expect(files).toEqual(['src/handler.ts', 'src/orders.ts']);
    expect(calls.map(({ file, actions }) => [file, actions])).toEqual([['src/orders.ts', ['dynamodb:UpdateItem']]]);
  });

  it('counts commands re-exported by a file of the package where they are re-exported and used', async () => {
    // Prepare
    const handler = handlerSource(
      ["import { client, GetItemCommand } from './aws.js';"],
      ["await client.send(new GetItemCommand({ TableName: 't', Key: {} }));"],
    );
    const aws = [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "export { GetItemCommand } from '@aws-sdk/client-dynamodb';",
      'export const client = new DynamoDBClient({});',
    ].join('\n');

    // Act
    const { calls, unresolved } = await analyse(handler, { 'src/aws.ts': aws });

    // Assess
    expect(calls.map(({ file, actions }) => [file, actions])).toEqual([
      ['src/handler.ts', ['dynamodb:GetItem']],
      ['src/aws.ts', ['dynamodb:GetItem']],
    ]);
    expect(unresolved).toEqual([]);
  });

  it('ignores type-only imports, clients and exceptions, which send nothing', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import type { DeleteItemCommandInput } from '@aws-sdk/client-dynamodb';",
        "import { ConditionalCheckFailedException, DynamoDBClient, ReturnValue } from '@aws-sdk/client-dynamodb';",
      ],
      [
        'const input: DeleteItemCommandInput | undefined = undefined;',
        'const error = new ConditionalCheckFailedException({ message: event.name, $metadata: {} });',
        'return { input, error, client: new DynamoDBClient({}), values: ReturnValue.ALL_NEW };',
      ],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls).toEqual([]);
    expect(unresolved).toEqual([]);
  });

  it('resolves a command sent through a variable, a typed parameter or a helper that builds it', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';",
        "import type { DeleteItemCommand } from '@aws-sdk/client-dynamodb';",
        client,
        'const remove = (command: DeleteItemCommand) => client.send(command);',
        'const query = (table: string) => new QueryCommand({ TableName: table });',
      ],
      [
        "const put = new PutItemCommand({ TableName: 't', Item: {} });",
        'await client.send(put);',
        "await client.send(event.name ? new GetItemCommand({ TableName: 't', Key: {} }) : put);",
        'await client.send(query(event.name));',
      ],
      ['export { remove };'],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls.map(({ command }) => command).sort()).toEqual([
      'DeleteItemCommand',
      'GetItemCommand',
      'PutItemCommand',
      'QueryCommand',
    ]);
    expect(unresolved).toEqual([]);
  });

  it('reports a command built by name at run time as unknown, with its file and line', async () => {
    // Prepare
    const handler = handlerSource(
      ["import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';", client],
      [
        'const commands = { get: GetItemCommand, put: PutItemCommand };',
        'const Command = commands[event.name as keyof typeof commands];',
        'await client.send(new Command({} as never));',
      ],
    );

    // Act
    const { unresolved } = await analyse(handler);

    // Assess
    expect(unresolved).toEqual([
      expect.objectContaining({
        file: 'src/handler.ts',
        line: lineOf(handler, 'client.send(new Command'),
        code: 'client.send(new Command({} as never))',
      }),
    ]);
    expect(unresolved[0]?.reason).toContain('not a command class the check can name');
  });

  it('reports a member picked by a computed name, a whole-module use and a computed import as unknown', async () => {
    // Prepare
    const handler = handlerSource(
      ["import * as sdk from '@aws-sdk/client-dynamodb';"],
      [
        'const picked = sdk[event.name as keyof typeof sdk];',
        'const everything = Object.values(sdk);',
        "const module = await import('./steps/' + event.name + '.js');",
        'return { picked, everything, module };',
      ],
    );

    // Act
    const { unresolved } = await analyse(handler);

    // Assess
    expect(unresolved.map(({ line, reason }) => [line, reason])).toEqual([
      [lineOf(handler, 'sdk[event.name'), 'picks a member of @aws-sdk/client-dynamodb by a name computed at run time'],
      [
        lineOf(handler, 'Object.values(sdk)'),
        'uses @aws-sdk/client-dynamodb as a whole: the commands taken from it cannot be listed',
      ],
      [
        lineOf(handler, 'await import('),
        'loads a module whose name is computed at run time: the commands it sends cannot be listed',
      ],
    ]);
  });

  it('finds the commands of paginators, destructured requires and aggregated clients', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { DynamoDB, paginateScan } from '@aws-sdk/client-dynamodb';",
        "import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';",
        "const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');",
        'const database = new DynamoDB({});',
        'const documents = DynamoDBDocument.from(database);',
      ],
      [
        "for await (const page of paginateScan({ client: database }, { TableName: 't' })) void page;",
        "await database.deleteItem({ TableName: 't', Key: {} });",
        'await documents.batchWrite({ RequestItems: {} });',
        "await new S3Client({}).send(new ListObjectsV2Command({ Bucket: 'b' }));",
      ],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls.map(({ actions, via }) => [actions, via])).toEqual([
      [['dynamodb:Scan'], 'paginateScan'],
      [['dynamodb:DeleteItem'], 'database.deleteItem()'],
      [['dynamodb:BatchWriteItem'], 'documents.batchWrite()'],
      [['s3:ListBucket'], undefined],
    ]);
    expect(unresolved).toEqual([]);
  });

  it('reports an aggregated client passed on, whose calls cannot be followed, as unknown', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { SQS } from '@aws-sdk/client-sqs';",
        "import { drain } from './drain.js';",
        'const queue = new SQS({});',
      ],
      ['await drain(queue);'],
    );

    // Act
    const { unresolved } = await analyse(handler, {
      'src/drain.ts': 'export const drain = async (q: unknown) => q;\n',
    });

    // Assess
    expect(unresolved.map(({ line, reason }) => [line, reason])).toEqual([
      [lineOf(handler, 'drain(queue)'), 'passes the SQS client on: the calls made on it there cannot be listed'],
    ]);
  });

  it('reports a command whose IAM action depends on the request as unknown', async () => {
    // Prepare
    const handler = handlerSource(
      ["import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';", client],
      ["await client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM t' }));"],
    );

    // Act
    const { calls, unresolved } = await analyse(handler);

    // Assess
    expect(calls).toEqual([]);
    expect(unresolved).toEqual([
      expect.objectContaining({
        line: lineOf(handler, 'new ExecuteStatementCommand'),
        code: 'ExecuteStatementCommand',
      }),
    ]);
    expect(unresolved[0]?.reason).toContain('dynamodb:PartiQLSelect');
  });
});
