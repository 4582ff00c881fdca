/** The 1-based line of the first line of `source` that contains `snippet`, for expected file:line references. */
export function lineOf(source: string, snippet: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`The fixture source has no line with ${snippet}: fix the test.`);
  return index + 1;
}

/** A handler module: `imports` on top, then `body` inside the exported async handler. */
export function handlerSource(
  imports: readonly string[],
  body: readonly string[],
  after: readonly string[] = [],
): string {
  return [
    ...imports,
    '',
    'export const handler = async (event: { name: string }) => {',
    ...body.map((line) => `  ${line}`),
    '};',
    ...after,
    '',
  ].join('\n');
}
