import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HandlerBundleError, invokeFunction, sqsEvent } from '../../src/index.js';
import { resource, templateOf } from '../support/cloudformation-template.js';

let directory: string;

/** Writes an ES module bundle (as esbuild writes dist/handler.mjs) and returns its path. */
async function bundle(name: string, source: string): Promise<string> {
  const path = join(directory, `${name}.mjs`);
  await writeFile(path, source);
  return path;
}

/** A function with a table and a queue its environment refers to, as CDK synthesizes it. */
const template = (timeout = 7) =>
  templateOf({
    Orders: resource('AWS::DynamoDB::Table'),
    Queue: resource('AWS::SQS::Queue'),
    Handler: resource('AWS::Lambda::Function', {
      FunctionName: 'orders-handler',
      Timeout: timeout,
      MemorySize: 512,
      Environment: { Variables: { TABLE_NAME: { Ref: 'Orders' }, QUEUE_URL: { Ref: 'Queue' }, STAGE: 'prod' } },
    }),
  });

const REPORTING_HANDLER = `
export const handler = async (event, context) => {
  const remainingAtStart = context.getRemainingTimeInMillis();
  await new Promise((resolve) => setTimeout(resolve, 30));
  return {
    records: event.Records.length,
    tableName: process.env.TABLE_NAME,
    queueUrl: process.env.QUEUE_URL,
    stage: process.env.STAGE,
    reservedName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionName: context.functionName,
    memory: context.memoryLimitInMB,
    remainingAtStart,
    remainingAtEnd: context.getRemainingTimeInMillis(),
  };
};
`;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'invoke-function-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('invokeFunction', () => {
  it("applies the function's environment during the call and restores process.env after", async () => {
    // Prepare
    const bundlePath = await bundle('environment', REPORTING_HANDLER);
    vi.stubEnv('STAGE', 'dev');
    vi.stubEnv('TABLE_NAME', undefined);

    // Act
    const { invocation } = await invokeFunction({ bundlePath, template: template(), event: sqsEvent({ count: 2 }) });

    // Assess
    expect(invocation).toMatchObject({
      kind: 'returned',
      response: {
        records: 2,
        tableName: 'Orders',
        queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/Queue',
        stage: 'prod',
        reservedName: 'orders-handler',
      },
    });
    expect(process.env.STAGE).toBe('dev');
    expect(process.env).not.toHaveProperty('TABLE_NAME');
    expect(process.env).not.toHaveProperty('AWS_LAMBDA_FUNCTION_NAME');
  });

  it("counts the remaining time down from the template's Timeout, with its name and memory", async () => {
    // Prepare
    const bundlePath = await bundle('remaining-time', REPORTING_HANDLER);

    // Act
    const { invocation, config } = await invokeFunction({ bundlePath, template: template(7), event: sqsEvent() });

    // Assess
    const response = invocation.kind === 'returned' ? (invocation.response as Record<string, number>) : {};
    expect(response.remainingAtStart).toBeLessThanOrEqual(7_000);
    expect(response.remainingAtStart).toBeGreaterThan(6_000);
    expect(response.remainingAtEnd).toBeLessThan(response.remainingAtStart ?? 0);
    expect(response).toMatchObject({ functionName: 'orders-handler', memory: '512' });
    expect(config).toMatchObject({ functionName: 'orders-handler', timeoutSeconds: 7, memoryMb: 512 });
  });

  it('captures what the function logs, its module code included, instead of printing it', async () => {
    // Prepare
    const bundlePath = await bundle(
      'logging',
      `
console.log('cold start in %s', process.env.STAGE);
export const handler = async (event) => {
  console.log('received', event.Records.length, 'records');
  console.warn({ slow: true });
  process.stdout.write('{"level":"INFO","message":"structured"}\\n');
  process.stderr.write('no line break');
};
`,
    );

    // Act
    const first = await invokeFunction({ bundlePath, template: template(), event: sqsEvent({ count: 3 }) });
    const second = await invokeFunction({ bundlePath, template: template(), event: sqsEvent({ count: 1 }) });

    // Assess
    expect(first.logs).toEqual([
      { stream: 'stdout', level: 'INFO', text: 'cold start in prod' },
      { stream: 'stdout', level: 'INFO', text: 'received 3 records' },
      { stream: 'stderr', level: 'WARN', text: '{ slow: true }' },
      { stream: 'stdout', text: '{"level":"INFO","message":"structured"}' },
      { stream: 'stderr', text: 'no line break' },
    ]);
    expect(second.logs[0]).toEqual({ stream: 'stdout', level: 'INFO', text: 'received 1 records' });
  });

  it('reports a handler still running at the Timeout as timed out', async () => {
    // Prepare
    const bundlePath = await bundle('hanging', 'export const handler = () => new Promise(() => {});');

    // Act
    const { invocation } = await invokeFunction({ bundlePath, template: template(1), event: sqsEvent() });

    // Assess
    expect(invocation).toMatchObject({ kind: 'timed-out', timeoutMs: 1_000 });
  });

  it('refuses a bundle that does not exist, or exports no handler', async () => {
    // Prepare
    const withoutHandler = await bundle('no-handler', 'export const main = () => {};');

    // Act
    const missing = invokeFunction({ bundlePath: join(directory, 'absent.mjs'), template: template(), event: {} });
    const unusable = invokeFunction({ bundlePath: withoutHandler, template: template(), event: {} });

    // Assess
    await expect(missing).rejects.toThrow(HandlerBundleError);
    await expect(unusable).rejects.toThrow(/exports main, but no function named handler/);
  });
});
