/** Bad command line: an unknown command, flag or value. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The license check found packages whose license is copyleft or unknown. Exit code 1. */
export class LicenseCheckFailedError extends Error {
  override readonly name = 'LicenseCheckFailedError';
}

/** The installed dependency tree cannot be read (no node_modules/.pnpm). Exit code 2. */
export class DependencyTreeNotFoundError extends Error {
  override readonly name = 'DependencyTreeNotFoundError';

  constructor(readonly directory: string) {
    super(`No installed dependency tree at ${directory}: run \`pnpm install\` first, or pass --root <workspace root>.`);
  }
}
