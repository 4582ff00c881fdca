/** A reading stamped later than Kinesis received it: the device clock runs ahead, so its times cannot be trusted. */
export class DeviceClockAheadError extends Error {
  override readonly name = 'DeviceClockAheadError';

  constructor(
    readonly readingId: string,
    readonly deviceId: string,
    readonly recordedAt: string,
    readonly arrivedAt: string,
  ) {
    super(
      `Reading ${readingId} of ${deviceId} was recorded at ${recordedAt}, after the stream received it at ` +
        `${arrivedAt}. Synchronise the device clock (NTP) so that readings are stamped when they are taken.`,
    );
  }
}
