import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InvalidSimulationOptionsError, readMappingSettings, simulate } from '../../src/index.js';
import { streamMappingTemplate } from './support/mapping-templates.js';
import { describedByOnFailure } from './support/on-failure-batches.js';
import { inTurn, orderItem } from './support/orders.js';

const STATUSES = ['PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

/** The status changes the blueprint's order lifecycle allows (a status may always stay as it is). */
const NEXT_STATUSES: Readonly<Record<string, readonly string[]>> = {
  PLACED: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

const imageOf = (image: Record<string, AttributeValue> | undefined) =>
  image && unmarshall(image as Parameters<typeof unmarshall>[0]);

/** The attributes of an image the blueprint's order schema refuses; all of them when the image is missing. */
function refusedAttributes(image: Record<string, unknown> | undefined): string[] {
  if (image === undefined) return ['image'];
  const { pk, customerId, status, totalCents, updatedAt } = image;
  return [
    ...(typeof pk === 'string' && /^ORDER#.+/.test(pk) ? [] : ['pk']),
    ...(typeof customerId === 'string' && customerId.length > 0 ? [] : ['customerId']),
    ...(typeof status === 'string' && STATUSES.includes(status) ? [] : ['status']),
    ...(Number.isInteger(totalCents) && Number(totalCents) >= 0 ? [] : ['totalCents']),
    ...(typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt)) ? [] : ['updatedAt']),
  ];
}

/** Why the blueprint's handler would fail a record: images its schema refuses, a status change its lifecycle does not allow. */
function problemsOf({ eventName, dynamodb }: DynamoDBRecord): string[] {
  const newImage = imageOf(dynamodb?.NewImage);
  const oldImage = imageOf(dynamodb?.OldImage);
  const problems = [
    ...(eventName === 'REMOVE' ? [] : refusedAttributes(newImage).map((name) => `NewImage.${name}`)),
    ...(eventName === 'INSERT' ? [] : refusedAttributes(oldImage).map((name) => `OldImage.${name}`)),
  ];
  const [from, to] = [oldImage?.status, newImage?.status];
  if (eventName === 'MODIFY' && problems.length === 0 && from !== to && !NEXT_STATUSES[from]?.includes(to)) {
    problems.push(`status ${from} -> ${to}`);
  }
  return problems;
}

/**
 * Validates like the dynamodb-streams blueprint: records in order, each image its event carries checked against the
 * order schema and each status change against the lifecycle; it stops at the first refused record and reports it.
 */
function orderAuditHandler() {
  const seen: DynamoDBRecord[] = [];
  const refused: { sequenceNumber?: string; problems: string[] }[] = [];
  const handler = async (event: DynamoDBStreamEvent) => {
    for (const record of event.Records) {
      const problems = problemsOf(record);
      const sequenceNumber = record.dynamodb?.SequenceNumber;
      if (problems.length > 0) {
        refused.push({ sequenceNumber, problems });
        return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
      }
      seen.push(record);
    }
    return { batchItemFailures: [] };
  };
  return { handler, seen, refused };
}

const keysOf = (record: DynamoDBRecord | undefined) => imageOf(record?.dynamodb?.Keys);

describe('simulate on a DynamoDB stream of items with their own keys', () => {
  it("processes every record of a body like the blueprint's sample item: none fails validation", async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', {
      tableKey: [{ name: 'pk', type: 'S' }],
      bisect: true,
      retries: 3,
      onFailure: true,
    });
    const { handler, refused } = orderAuditHandler();
    const poison = [17, 300];

    // Act
    const result = await simulate(readMappingSettings(template), handler, {
      records: Array.from({ length: 500 }, () => orderItem()),
      failRate: 0.1,
      poison,
      seed: 'orders',
    });

    // Assess
    expect(refused).toEqual([]);
    expect(result.summary).toMatchObject({ recordsIn: 500, processed: 498, toOnFailure: 2, lost: 0 });
    expect(describedByOnFailure(result)).toEqual(new Set(poison.map((index) => result.ledger[index]?.identifier)));
    expect(result.ledger.filter((entry) => entry.injectedFailures > 0 && !entry.poison).length).toBeGreaterThan(25);
  });

  it('gives each record of a repeated body an item of its own, its key the body key renumbered', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'pk', type: 'S' }] });
    const { handler, seen } = orderAuditHandler();

    // Act
    await simulate(readMappingSettings(template), handler, { records: inTurn([orderItem()], 3), seed: 1 });

    // Assess
    expect(seen.map((record) => [record.eventName, keysOf(record)])).toEqual([
      ['INSERT', { pk: 'ORDER#0001-0' }],
      ['INSERT', { pk: 'ORDER#0001-1' }],
      ['INSERT', { pk: 'ORDER#0001-2' }],
    ]);
  });

  it('replays sample payloads given in turn on fresh items, so every status change is one the lifecycle allows', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'pk', type: 'S' }] });
    const samples = [
      orderItem({ pk: 'ORDER#0002' }),
      orderItem({ status: 'PLACED' }),
      orderItem({ status: 'PAID' }),
      orderItem({ status: 'SHIPPED' }),
      orderItem({ status: 'SHIPPED' }),
    ];
    const { handler, seen, refused } = orderAuditHandler();

    // Act
    const result = await simulate(readMappingSettings(template), handler, { records: inTurn(samples, 40), seed: 1 });

    // Assess
    expect(refused).toEqual([]);
    expect(result.summary).toMatchObject({ processed: 200, lost: 0 });
    expect(seen.filter((record) => record.eventName === 'INSERT')).toHaveLength(80);
    expect(new Set(seen.map((record) => keysOf(record)?.pk)).size).toBe(80);
  });

  it('gives MODIFY the previous version of the whole item as its old image', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'pk', type: 'S' }] });
    const placed = orderItem({ status: 'PLACED' });
    const paid = orderItem({ status: 'PAID', updatedAt: '2024-01-01T00:02:00.000Z' });
    const { handler, seen } = orderAuditHandler();

    // Act
    await simulate(readMappingSettings(template), handler, { records: inTurn([placed, paid], 2), seed: 1 });

    // Assess
    expect(seen.map((record) => [record.eventName, imageOf(record.dynamodb?.OldImage)])).toEqual([
      ['INSERT', undefined],
      ['MODIFY', { ...placed, pk: 'ORDER#0001-0' }],
      ['INSERT', undefined],
      ['MODIFY', { ...placed, pk: 'ORDER#0001-1' }],
    ]);
    expect(imageOf(seen[1]?.dynamodb?.NewImage)).toEqual({ ...paid, pk: 'ORDER#0001-0' });
  });

  it("keys the records by the table's KeySchema, renumbering only its partition key", async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', {
      tableKey: [
        { name: 'customerId', type: 'S' },
        { name: 'orderNumber', type: 'N' },
      ],
    });
    const { handler, seen } = orderAuditHandler();

    // Act
    await simulate(readMappingSettings(template), handler, { records: inTurn([orderItem({ orderNumber: 7 })], 2) });

    // Assess
    expect(seen.map(keysOf)).toEqual([
      { customerId: 'customer-1-0', orderNumber: 7 },
      { customerId: 'customer-1-1', orderNumber: 7 },
    ]);
    expect(seen.map((record) => imageOf(record.dynamodb?.NewImage)?.pk)).toEqual(['ORDER#0001', 'ORDER#0001']);
  });

  it('keeps the numeric keys of different items apart in every copy', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'orderNumber', type: 'N' }] });
    const samples = [orderItem({ orderNumber: 7 }), orderItem({ orderNumber: 107 })];
    const { handler, seen } = orderAuditHandler();

    // Act
    await simulate(readMappingSettings(template), handler, { records: inTurn(samples, 20), seed: 1 });

    // Assess
    const orderNumbers = seen.map((record) => keysOf(record)?.orderNumber);
    expect(orderNumbers.slice(0, 2)).toEqual([7, 107]);
    expect(orderNumbers.every(Number.isInteger)).toBe(true);
    expect(new Set(orderNumbers).size).toBe(40);
  });

  it("keys the items of an imported table's stream by their own pk", async () => {
    // Prepare
    const settings = readMappingSettings(streamMappingTemplate('dynamodb-streams', { importedStream: true }));
    const { handler, seen, refused } = orderAuditHandler();

    // Act
    await simulate(settings, handler, { records: inTurn([orderItem({ pk: 'ORDER#0042' })], 2), seed: 1 });

    // Assess
    expect(settings).not.toHaveProperty('stream.keyAttributes');
    expect(refused).toEqual([]);
    expect(seen.map(keysOf)).toEqual([{ pk: 'ORDER#0042-0' }, { pk: 'ORDER#0042-1' }]);
  });

  it('fails only the malformed records, whose new image the schema refuses', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'pk', type: 'S' }], retries: 0 });
    const { handler, refused } = orderAuditHandler();

    // Act
    const result = await simulate(readMappingSettings(template), handler, {
      records: inTurn([orderItem()], 10),
      malformed: [4],
      seed: 1,
    });

    // Assess
    expect(refused.map((record) => record.sequenceNumber)).toEqual([result.ledger[4]?.identifier]);
    expect(refused[0]?.problems).toContain('NewImage.status');
  });

  it("refuses an item whose key attribute does not have the KeySchema's type", async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { tableKey: [{ name: 'pk', type: 'N' }] });
    const { handler } = orderAuditHandler();

    // Act
    const run = simulate(readMappingSettings(template), handler, { records: [orderItem()] });

    // Assess
    await expect(run).rejects.toThrow(InvalidSimulationOptionsError);
    await expect(run).rejects.toThrow('records[0].pk is "ORDER#0001", but it must be a number');
  });
});
