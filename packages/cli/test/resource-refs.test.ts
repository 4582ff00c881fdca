import { getTemplate } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { ResourceRefError, refsFor } from '../src/index.js';
import { checkedRef, resourceKindsByRef } from '../src/role-file/resource-refs.js';

describe('refsFor', () => {
  it('offers a queue-reading function its source queue and a sink for sqs-send', () => {
    // Act
    const refs = refsFor(getTemplate('sqs-send'), 'sqs');

    // Assess
    expect(refs).toEqual(['source', 'sink:<id>']);
  });

  it('offers a stream function the on-failure queue for sqs-send, and not the stream it reads', () => {
    // Act
    const refs = refsFor(getTemplate('sqs-send'), 'kinesis');

    // Assess
    expect(refs).toEqual(['on-failure', 'sink:<id>']);
  });

  it('offers both keys of a stream function for kms-decrypt, and only the source key of a queue function', () => {
    // Act
    const stream = refsFor(getTemplate('kms-decrypt'), 'dynamodb-streams');
    const queue = refsFor(getTemplate('kms-decrypt'), 'sqs-fifo');

    // Assess
    expect(stream).toEqual(['source-key', 'on-failure-key']);
    expect(queue).toEqual(['source-key']);
  });

  it('offers the fan-out consumer to a Kinesis function only', () => {
    // Act
    const kinesis = refsFor(getTemplate('kinesis-fan-out'), 'kinesis');
    const dynamodb = refsFor(getTemplate('kinesis-fan-out'), 'dynamodb-streams');

    // Assess
    expect(kinesis).toEqual(['consumer']);
    expect(dynamodb).toEqual([]);
  });

  it('offers nothing for an account-wide template', () => {
    // Act / Assess
    expect(refsFor(getTemplate('xray-write'), 'sqs')).toEqual([]);
  });
});

describe('resourceKindsByRef', () => {
  it('knows the source of each function as the kind of resource its read template applies to', () => {
    // Act
    const sqs = resourceKindsByRef('sqs').get('source');
    const dynamodb = resourceKindsByRef('dynamodb-streams').get('source');

    // Assess
    expect([...(sqs ?? [])]).toEqual(['SQS queue']);
    expect([...(dynamodb ?? [])]).toEqual(['DynamoDB stream']);
  });
});

describe('checkedRef', () => {
  it('accepts a sink by its id for a sink template', () => {
    // Act
    const ref = checkedRef(getTemplate('dynamodb-write'), 'sqs', 'sink:orders');

    // Assess
    expect(ref).toBe('sink:orders');
  });

  it('asks for --on, naming the resources that fit, when a resource template has none', () => {
    // Act
    const check = () => checkedRef(getTemplate('kms-decrypt'), 'kinesis', undefined);

    // Assess
    expect(check).toThrow(ResourceRefError);
    expect(check).toThrow(
      'Role template "kms-decrypt" applies to a KMS key. Pass --on with one of: source-key, on-failure-key.',
    );
  });

  it('refuses a resource of another kind, naming the resources that fit', () => {
    // Act
    const check = () => checkedRef(getTemplate('dynamodb-write'), 'sqs', 'source');

    // Assess
    expect(check).toThrow(
      '--on source does not fit role template "dynamodb-write", which applies to a DynamoDB table. ' +
        'Pass --on with one of: sink:<id>.',
    );
  });

  it('says when the function has no resource the template could apply to', () => {
    // Act
    const check = () => checkedRef(getTemplate('kinesis-fan-out'), 'sqs', 'consumer');

    // Assess
    expect(check).toThrow('A function reading sqs has no Kinesis stream consumer for it to apply to.');
  });

  it('refuses --on for an account-wide template', () => {
    // Act
    const check = () => checkedRef(getTemplate('vpc-access'), 'sqs', 'source');

    // Assess
    expect(check).toThrow('Role template "vpc-access" is account-wide and applies to no resource: drop --on source.');
  });
});
