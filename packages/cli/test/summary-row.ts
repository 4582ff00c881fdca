/** The count a `blueprints simulate` summary prints on its `label` row (`  to DLQ      3`). */
export function summaryRow(summary: string, label: string): number {
  const row = summary.split('\n').find((line) => line.trimStart().startsWith(`${label} `));
  const count = row === undefined ? Number.NaN : Number(row.slice(row.indexOf(label) + label.length));
  if (!Number.isInteger(count)) throw new Error(`The summary has no "${label}" row with a count:\n${summary}`);
  return count;
}
