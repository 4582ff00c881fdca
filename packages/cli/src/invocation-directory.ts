/**
 * The directory the user ran the command in. `pnpm blueprints` runs in the workspace root, but pnpm keeps the
 * caller's directory in INIT_CWD, so `pnpm -w blueprints check-permissions .` inside a package means that package.
 */
export const invocationDirectory = (): string => process.env.INIT_CWD ?? process.cwd();
