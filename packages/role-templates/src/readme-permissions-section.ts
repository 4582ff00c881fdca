const START = '<!-- permissions:start -->';
const END = '<!-- permissions:end -->';

/** Where the permissions section sits in `readme`, or undefined when its markers are missing or out of order. */
function sectionBounds(readme: string): { start: number; end: number } | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : { start, end };
}

/** The text between the README's permissions markers, trimmed; undefined when the markers are missing. */
export function readmePermissionsSection(readme: string): string | undefined {
  const bounds = sectionBounds(readme);
  return bounds && readme.slice(bounds.start + START.length, bounds.end).trim();
}

/**
 * The README with `table` between its permissions markers, everything else as it was. A README without the markers
 * gets the section appended, so the next run finds it.
 */
export function withReadmePermissionsSection(readme: string, table: string): string {
  const section = `${START}\n${table}\n${END}`;
  const bounds = sectionBounds(readme);
  if (bounds === undefined) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, bounds.start)}${section}${readme.slice(bounds.end + END.length)}`;
}
