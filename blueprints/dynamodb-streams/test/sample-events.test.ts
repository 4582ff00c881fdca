import { readFileSync } from 'node:fs';
import { lambdaContext } from '@lambda-blueprints/testing';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../src/handler.js';
import { captureLogLines } from './support/log-lines.js';
import { sampleEvents } from './support/sample-events.js';

const committed = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../events/${name}.json`, import.meta.url), 'utf8'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(sampleEvents)('the sample event $name in events/', ({ name, event, failedIndexes }) => {
  it('is what the factories produce (pnpm run events rewrites it)', () => {
    // Prepare
    const expected = JSON.parse(JSON.stringify(event));

    // Act
    const file = committed(name);

    // Assess
    expect(file).toEqual(expected);
  });

  it('gets the response its records call for from the handler', async () => {
    // Prepare
    const file = committed(name) as DynamoDBStreamEvent;
    captureLogLines();

    // Act
    const response = await handler(file, lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual(
      failedIndexes.map((index) => ({ itemIdentifier: event.Records[index]?.dynamodb?.SequenceNumber })),
    );
  });
});
