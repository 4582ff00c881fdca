/**
 * Orders stream sequence numbers (Kinesis and DynamoDB Streams): decimal strings too long for a Number, so they are
 * compared as BigInts. Returns a negative number, zero or a positive number, like a sort comparator.
 */
export function compareSequenceNumbers(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
