import { gunzipSync } from 'node:zlib';
import type { KinesisStreamEvent } from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { kinesisEvent } from '../src/index.js';

const decode = (data: string) => Buffer.from(data, 'base64');

describe('kinesisEvent', () => {
  it('makes a batch of real-shaped Kinesis records', () => {
    // Prepare
    const options = { count: 2, shardId: 'shardId-000000000003', streamArn: 'arn:aws:kinesis:eu-west-1:1:stream/s' };

    // Act
    const event = kinesisEvent(options);

    // Assess
    expectTypeOf(event).toEqualTypeOf<KinesisStreamEvent>();
    for (const record of event.Records) {
      expect(record).toMatchObject({
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventName: 'aws:kinesis:record',
        eventSourceARN: options.streamArn,
        awsRegion: 'eu-west-1',
        eventID: `${options.shardId}:${record.kinesis.sequenceNumber}`,
        kinesis: { kinesisSchemaVersion: '1.0', partitionKey: 'partition-key-1' },
      });
      expect(record.invokeIdentityArn).toMatch(/^arn:aws:iam::\d{12}:role\//);
      expect(record.kinesis.sequenceNumber).toMatch(/^\d{56}$/);
      expect(typeof record.kinesis.approximateArrivalTimestamp).toBe('number');
    }
  });

  it('numbers the records of the batch in increasing order', () => {
    // Prepare
    const count = 20;

    // Act
    const event = kinesisEvent({ count });

    // Assess
    const sequenceNumbers = event.Records.map((record) => BigInt(record.kinesis.sequenceNumber));
    expect(sequenceNumbers).toEqual([...sequenceNumbers].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(sequenceNumbers).size).toBe(count);
  });

  it('carries each payload as base64 JSON', () => {
    // Prepare
    const records = [{ temperature: 21 }, { temperature: 22 }];

    // Act
    const event = kinesisEvent({ records });

    // Assess
    expect(event.Records.map((record) => JSON.parse(decode(record.kinesis.data).toString('utf8')))).toEqual(records);
  });

  it('gzips the payloads when asked, as compressing producers do', () => {
    // Prepare
    const records = [{ level: 'info' }];

    // Act
    const event = kinesisEvent({ records, gzip: true });

    // Assess
    const data = decode(event.Records[0]?.kinesis.data ?? '');
    expect(data.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(JSON.parse(gunzipSync(data).toString('utf8'))).toEqual(records[0]);
  });

  it('puts data that is not JSON at the malformed indexes', () => {
    // Prepare
    const malformed = [0];

    // Act
    const event = kinesisEvent({ count: 2, malformed });

    // Assess
    const texts = event.Records.map((record) => decode(record.kinesis.data).toString('utf8'));
    expect(() => JSON.parse(texts[0] ?? '')).toThrow(SyntaxError);
    expect(JSON.parse(texts[1] ?? '')).toEqual({ id: 2 });
  });

  it('gives records their partition keys in turn', () => {
    // Prepare
    const partitionKeys = ['device-1', 'device-2'];

    // Act
    const event = kinesisEvent({ count: 3, partitionKeys });

    // Assess
    expect(event.Records.map((record) => record.kinesis.partitionKey)).toEqual(['device-1', 'device-2', 'device-1']);
  });

  it('makes the same event from the same seed', () => {
    // Prepare
    const options = { count: 3, seed: 7 };

    // Act
    const first = kinesisEvent(options);
    const again = kinesisEvent(options);

    // Assess
    expect(again).toEqual(first);
    expect(kinesisEvent({ ...options, seed: 8 }).Records[0]?.kinesis.sequenceNumber).not.toBe(
      first.Records[0]?.kinesis.sequenceNumber,
    );
  });
});
