import * as z from 'zod/mini';

/** The data of every record of the stream: one temperature reading, put with the device id as partition key. */
export const readingSchema = z.object({
  /** Unique per reading: producers retry and Lambda redelivers after a failure, so consumers deduplicate on it. */
  readingId: z.string().check(z.minLength(1)),
  deviceId: z.string().check(z.minLength(1)),
  // The sensors' measuring range: a value outside it is a faulty sensor, not weather.
  temperatureCelsius: z.number().check(z.gte(-50), z.lte(125)),
  recordedAt: z.iso.datetime(),
});

export type Reading = z.infer<typeof readingSchema>;
