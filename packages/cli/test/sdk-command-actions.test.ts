import { describe, expect, it } from 'vitest';
import { iamActionsOfCommand } from '../src/index.js';

describe('iamActionsOfCommand', () => {
  it.each([
    ['PutCommand', 'dynamodb:PutItem'],
    ['GetCommand', 'dynamodb:GetItem'],
    ['UpdateCommand', 'dynamodb:UpdateItem'],
    ['DeleteCommand', 'dynamodb:DeleteItem'],
    ['QueryCommand', 'dynamodb:Query'],
    ['ScanCommand', 'dynamodb:Scan'],
    ['BatchWriteCommand', 'dynamodb:BatchWriteItem'],
    ['BatchGetCommand', 'dynamodb:BatchGetItem'],
    ['TransactGetCommand', 'dynamodb:GetItem'],
  ])('maps the document client %s to %s', async (command, action) => {
    expect(await iamActionsOfCommand('@aws-sdk/lib-dynamodb', command)).toEqual({ kind: 'actions', actions: [action] });
  });

  it.each([
    ['@aws-sdk/client-dynamodb', 'PutItemCommand', 'dynamodb:PutItem'],
    ['@aws-sdk/client-cloudwatch-logs', 'PutLogEventsCommand', 'logs:PutLogEvents'],
    ['@aws-sdk/client-eventbridge', 'PutEventsCommand', 'events:PutEvents'],
    ['@aws-sdk/client-sfn', 'StartExecutionCommand', 'states:StartExecution'],
    ['@aws-sdk/client-secrets-manager', 'GetSecretValueCommand', 'secretsmanager:GetSecretValue'],
    ['@aws-sdk/client-kinesis', 'PutRecordsCommand', 'kinesis:PutRecords'],
  ])('maps %s %s to its service prefix: %s', async (module, command, action) => {
    expect(await iamActionsOfCommand(module, command)).toEqual({ kind: 'actions', actions: [action] });
  });

  it.each([
    ['@aws-sdk/client-sqs', 'SendMessageBatchCommand', ['sqs:SendMessage']],
    ['@aws-sdk/client-sns', 'PublishBatchCommand', ['sns:Publish']],
    ['@aws-sdk/client-s3', 'HeadObjectCommand', ['s3:GetObject']],
    ['@aws-sdk/client-s3', 'CopyObjectCommand', ['s3:GetObject', 's3:PutObject']],
    ['@aws-sdk/client-lambda', 'InvokeCommand', ['lambda:InvokeFunction']],
  ])('maps %s %s, whose action is not its name, to %j', async (module, command, actions) => {
    expect(await iamActionsOfCommand(module, command)).toEqual({ kind: 'actions', actions });
  });

  it('reports the document client TransactWriteCommand as unknown: IAM authorises each item by its kind', async () => {
    // Act
    const mapped = await iamActionsOfCommand('@aws-sdk/lib-dynamodb', 'TransactWriteCommand');

    // Assess
    expect(mapped).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('dynamodb:PutItem, UpdateItem') });
  });

  it('says when a command name is not an IAM action', async () => {
    // Act
    const mapped = await iamActionsOfCommand('@aws-sdk/client-sqs', 'PurgeEverythingCommand');

    // Assess
    expect(mapped).toEqual({
      kind: 'unknown',
      reason:
        "PurgeEverythingCommand of @aws-sdk/client-sqs maps to sqs:PurgeEverything, which is not an action in IAM's service reference",
    });
  });

  it('says when a client package has no IAM service prefix it knows', async () => {
    // Act
    const mapped = await iamActionsOfCommand('@aws-sdk/client-made-up-service', 'DoCommand');

    // Assess
    expect(mapped).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('IAM has no service "made-up-service"'),
    });
  });
});
