/** A lock file shaped as pnpm 10 writes it, with the importers given as [path, block lines]. */
export function lockfile(importers: [string, string[]][]): string {
  return [
    "lockfileVersion: '9.0'",
    '',
    'importers:',
    ...importers.flatMap(([path, lines]) => ['', `  ${path}:`, ...lines.map((line) => `    ${line}`)]),
    '',
    'packages:',
    '',
    '  zod@4.6.7:',
    '    resolution: {integrity: sha512-abc}',
    '',
  ].join('\n');
}
