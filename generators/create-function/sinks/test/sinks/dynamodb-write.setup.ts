import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoEmulator } from '@lambda-blueprints/testing';
import { afterAll } from 'vitest';
import { sinkNames } from '../../src/sinks/sink-names.js';
import { pointSdkAtEmulator } from './local-aws-environment.js';

// Runs before every test file (vitest setupFiles): the file gets its own dynalite and sink table, so the handler's
// writes in any test land somewhere real.
const emulator = await startDynamoEmulator();
afterAll(() => emulator.stop());

const tableName = 'sink-table';
await emulator.client.send(
  new CreateTableCommand({
    TableName: tableName,
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  }),
);
pointSdkAtEmulator('DYNAMODB', emulator.endpoint);
process.env[sinkNames['dynamodb-write'].variable] = tableName;
