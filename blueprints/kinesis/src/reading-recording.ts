import type { KinesisStreamRecord } from 'aws-lambda';
import { DeviceClockAheadError } from './errors.js';
import type { Reading } from './schema.js';

/** Readings above this temperature are logged as alerts (level WARN) rather than as plain readings. */
export const ALERT_ABOVE_CELSIUS = 40;

/** How far a device clock may run ahead of Kinesis before its readings are refused (clocks never agree exactly). */
export const CLOCK_TOLERANCE_MS = 60_000;

/**
 * The business logic of this example: a reading is refused when its device clock runs ahead, else logged as one JSON
 * line (WARN above the alert threshold). A throw stops the batch at this record: Lambda retries from it and, after
 * the mapping's retry attempts, sends the batch's description to the on-failure queue. Replace this with your own
 * logic (store the reading, call a service); keep it idempotent, as a retry delivers the same records again.
 */
export function recordReading(reading: Reading, record: KinesisStreamRecord): void {
  const arrivedAtMs = record.kinesis.approximateArrivalTimestamp * 1000;
  if (Date.parse(reading.recordedAt) > arrivedAtMs + CLOCK_TOLERANCE_MS) {
    throw new DeviceClockAheadError(
      reading.readingId,
      reading.deviceId,
      reading.recordedAt,
      new Date(arrivedAtMs).toISOString(),
    );
  }
  const alert = reading.temperatureCelsius > ALERT_ABOVE_CELSIUS;
  // A JSON line with a level: Lambda's JSON log format filters it by the function's application log level.
  const line = {
    timestamp: new Date().toISOString(),
    level: alert ? 'WARN' : 'INFO',
    message: alert ? 'Temperature above the alert threshold' : 'Reading recorded',
    ...reading,
    sequenceNumber: record.kinesis.sequenceNumber,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
