import { gunzipSync } from 'node:zlib';
import { RecordDecodeError } from './errors.js';

// Buffer.from(text, 'base64') skips characters it does not know, so a corrupt payload would decode to garbage.
// With the length a multiple of 4 this is exactly padded base64, and cheaper than a pattern of 4-character groups.
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

function isBase64(data: unknown): data is string {
  return typeof data === 'string' && data.length % 4 === 0 && base64Pattern.test(data);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// CloudWatch Logs subscriptions (and some producers) gzip the payload; the first two bytes tell.
function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Kinesis `data` to text: base64-decoded, gunzipped when it is gzip, then read as strict UTF-8. */
export function decodeKinesisData(data: unknown): string {
  if (!isBase64(data)) {
    throw new RecordDecodeError(
      'Kinesis record data is not valid base64. Check the producer writes the payload bytes, not an encoded string.',
    );
  }
  let bytes = Buffer.from(data, 'base64');
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new RecordDecodeError(
        `Kinesis record data starts like gzip but does not decompress (${reasonOf(error)}). Check the producer's compression.`,
      );
    }
  }
  try {
    return strictUtf8.decode(bytes);
  } catch (error) {
    throw new RecordDecodeError(
      `Kinesis record data is not UTF-8 text (${reasonOf(error)}). For binary payloads omit the schema and read ` +
        'record.kinesis.data yourself.',
    );
  }
}
