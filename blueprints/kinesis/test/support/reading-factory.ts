import type { Reading } from '../../src/schema.js';

const DEVICE_COUNT = 6;

// Before the arrival time of every factory event (seeded events arrive at 2024-01-01T00:00:00Z, others now).
const FIRST_READING_AT = Date.UTC(2023, 11, 31, 23, 0, 0);

/** The partition keys of the devices the factory makes readings for: Kinesis keeps each one's records in order. */
export const devicePartitionKeys = Array.from({ length: DEVICE_COUNT }, (_, device) => `sensor-${device}`);

/**
 * A valid reading, the same for the same index. Devices take turns, so `kinesisEvent` with
 * `partitionKeys: devicePartitionKeys` puts each reading under its own device's key; `overrides` replace fields.
 */
export function reading(index: number, overrides: Partial<Reading> = {}): Reading {
  return {
    readingId: `reading-${String(index).padStart(4, '0')}`,
    deviceId: devicePartitionKeys[index % DEVICE_COUNT] ?? 'sensor-0',
    temperatureCelsius: 18 + (index % 7),
    recordedAt: new Date(FIRST_READING_AT + index * 1_000).toISOString(),
    ...overrides,
  };
}

/** Readings 0 to count - 1. */
export function readings(count: number): Reading[] {
  return Array.from({ length: count }, (_, index) => reading(index));
}

/** A reading stamped ten minutes from now: its device clock runs ahead of the stream's. */
export function readingFromAClockAhead(index: number): Reading {
  return reading(index, { recordedAt: new Date(Date.now() + 600_000).toISOString() });
}

/** A reading the schema refuses: a temperature outside the sensors' measuring range. */
export function readingOutOfRange(index: number): Reading {
  return reading(index, { temperatureCelsius: 900 });
}

/** Data that is not base64 (`*` is outside its alphabet), as a producer that mangles its encoding sends. */
export const dataNotBase64 = 'eyJyZWFkaW5nSWQiOi*=';
