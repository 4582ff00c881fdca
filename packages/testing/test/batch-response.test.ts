import { describe, expect, it } from 'vitest';
import { kinesisEvent, sqsBatchOutcome, sqsEvent, streamBatchOutcome } from '../src/index.js';
import { failures, returned, threw, timedOut } from './support/invocations.js';

const messageIds = sqsEvent({ count: 4, seed: 'batch' }).Records.map((record) => record.messageId);
const [m0 = '', m1 = '', m2 = '', m3 = ''] = messageIds;
const sequenceNumbers = kinesisEvent({ count: 4, seed: 'batch' }).Records.map(
  (record) => record.kinesis.sequenceNumber,
);
const [s0 = '', s1 = '', s2 = '', s3 = ''] = sequenceNumbers;

describe('sqsBatchOutcome with ReportBatchItemFailures', () => {
  const interpret = (invocation: Parameters<typeof sqsBatchOutcome>[0]['invocation']) =>
    sqsBatchOutcome({ identifiers: messageIds, invocation, reportBatchItemFailures: true });

  it('reports only the failed message ids and deletes the rest', () => {
    // Prepare
    const invocation = returned(failures(m2, m0));

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toEqual({ status: 'partial-failure', succeeded: [m1, m3], failed: [m0, m2], ignoredFailures: [] });
  });

  it.each([
    ['an undefined response', undefined],
    ['a null response', null],
    ['an empty object', {}],
    ['a null batchItemFailures', { batchItemFailures: null }],
    ['an empty batchItemFailures', { batchItemFailures: [] }],
  ])('treats %s as complete success', (_, response) => {
    // Prepare
    const invocation = returned(response);

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome.status).toBe('success');
    expect(outcome.succeeded).toEqual(messageIds);
  });

  it.each([
    ['an empty itemIdentifier', failures('')],
    ['a null itemIdentifier', failures(null)],
    ['an itemIdentifier not in the batch', failures('not-in-batch')],
    ['a misspelled key', { batchItemFailures: [{ ItemIdentifier: m0 }] }],
  ])('fails the whole batch for %s', (_, response) => {
    // Prepare
    const invocation = returned(response);

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'invalid-item-identifier', succeeded: [] });
    expect(outcome.failed).toEqual(messageIds);
  });

  it('fails the whole batch when batchItemFailures is not a list', () => {
    // Prepare
    const invocation = returned({ batchItemFailures: m0 });

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'malformed-response' });
  });

  it('fails the whole batch when the handler throws', () => {
    // Prepare
    const invocation = threw();

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'handler-error', failed: messageIds });
  });

  it('fails the whole batch when the handler times out', () => {
    // Prepare
    const invocation = timedOut();

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'timeout', failed: messageIds });
  });
});

describe('sqsBatchOutcome without ReportBatchItemFailures', () => {
  it('deletes every message and shows the reported failures as would-be-lost', () => {
    // Prepare
    const invocation = returned(failures(m1));

    // Act
    const outcome = sqsBatchOutcome({ identifiers: messageIds, invocation, reportBatchItemFailures: false });

    // Assess
    expect(outcome).toEqual({ status: 'success', succeeded: messageIds, failed: [], ignoredFailures: [m1] });
  });

  it('still fails the whole batch when the handler throws', () => {
    // Prepare
    const invocation = threw();

    // Act
    const outcome = sqsBatchOutcome({ identifiers: messageIds, invocation, reportBatchItemFailures: false });

    // Assess
    expect(outcome.status).toBe('batch-failure');
    expect(outcome.failed).toEqual(messageIds);
  });

  it('ignores a response it could not have read', () => {
    // Prepare
    const invocation = returned(failures(''));

    // Act
    const outcome = sqsBatchOutcome({ identifiers: messageIds, invocation, reportBatchItemFailures: false });

    // Assess
    expect(outcome).toEqual({ status: 'success', succeeded: messageIds, failed: [], ignoredFailures: [] });
  });
});

describe('streamBatchOutcome', () => {
  const interpret = (invocation: Parameters<typeof streamBatchOutcome>[0]['invocation']) =>
    streamBatchOutcome({ identifiers: sequenceNumbers, invocation, reportBatchItemFailures: true });

  it('checkpoints before the lowest reported sequence number and retries everything from it', () => {
    // Prepare
    const invocation = returned(failures(s3, s1));

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toEqual({
      status: 'partial-failure',
      succeeded: [s0],
      failed: [s1, s2, s3],
      ignoredFailures: [],
      retryFrom: s1,
      checkpoint: s0,
    });
  });

  it('retries from the first record when the first record failed, checkpointing nothing', () => {
    // Prepare
    const invocation = returned(failures(s0));

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome.retryFrom).toBe(s0);
    expect(outcome.succeeded).toEqual([]);
    expect(outcome).not.toHaveProperty('checkpoint');
  });

  it('checkpoints the last record when nothing failed', () => {
    // Prepare
    const invocation = returned({ batchItemFailures: [] });

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toEqual({
      status: 'success',
      succeeded: sequenceNumbers,
      failed: [],
      ignoredFailures: [],
      checkpoint: s3,
    });
  });

  it('retries the whole batch from its first record when the handler throws', () => {
    // Prepare
    const invocation = threw();

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'handler-error', retryFrom: s0 });
    expect(outcome.failed).toEqual(sequenceNumbers);
  });

  it('fails the whole batch for a sequence number that is not in the batch', () => {
    // Prepare
    const invocation = returned(failures(`${s3}1`));

    // Act
    const outcome = interpret(invocation);

    // Assess
    expect(outcome).toMatchObject({ status: 'batch-failure', failureReason: 'invalid-item-identifier', retryFrom: s0 });
  });

  it('checkpoints the whole batch without ReportBatchItemFailures, listing the lost failures', () => {
    // Prepare
    const invocation = returned(failures(s2));

    // Act
    const outcome = streamBatchOutcome({ identifiers: sequenceNumbers, invocation, reportBatchItemFailures: false });

    // Assess
    expect(outcome).toMatchObject({ status: 'success', checkpoint: s3, ignoredFailures: [s2] });
  });
});
