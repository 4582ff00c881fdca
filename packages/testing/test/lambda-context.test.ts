import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeprecatedContextMethodError, lambdaContext } from '../src/index.js';

describe('lambdaContext', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the remaining time down from the timeout', () => {
    // Prepare
    const context = lambdaContext({ timeoutMs: 5_000 });

    // Act
    vi.advanceTimersByTime(1_200);

    // Assess
    expect(context.getRemainingTimeInMillis()).toBe(3_800);
  });

  it('never reports negative remaining time', () => {
    // Prepare
    const context = lambdaContext({ timeoutMs: 100 });

    // Act
    vi.advanceTimersByTime(500);

    // Assess
    expect(context.getRemainingTimeInMillis()).toBe(0);
  });

  it('names the function, its ARN, log group and memory as Lambda does', () => {
    // Prepare
    const options = { functionName: 'orders-consumer', memoryMb: 512 };

    // Act
    const context = lambdaContext(options);

    // Assess
    expect(context).toMatchObject({
      functionName: 'orders-consumer',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-consumer',
      memoryLimitInMB: '512',
      logGroupName: '/aws/lambda/orders-consumer',
    });
    expect(context.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('gives each invocation its own request id unless seeded', () => {
    // Prepare
    const seeded = { seed: 1 };

    // Act
    const ids = [lambdaContext().awsRequestId, lambdaContext().awsRequestId];
    const seededIds = [lambdaContext(seeded).awsRequestId, lambdaContext(seeded).awsRequestId];

    // Assess
    expect(ids[0]).not.toBe(ids[1]);
    expect(seededIds[0]).toBe(seededIds[1]);
  });

  it('refuses the deprecated succeed method with a pointer to returning a value', () => {
    // Prepare
    const context = lambdaContext();

    // Act
    const act = () => context.succeed('done');

    // Assess
    expect(act).toThrow(DeprecatedContextMethodError);
    expect(act).toThrow(/Return a value/);
  });
});
