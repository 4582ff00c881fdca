/** The export condition under which workspace packages resolve to their TypeScript source (tsx, esbuild, tsc, vitest). */
export const SOURCE_CONDITION = '@lambda-blueprints/source';

const sourceConditionFlag = new RegExp(`\\s+--conditions[= ]${SOURCE_CONDITION}(?=\\s|$)`, 'g');
/** `pnpm -w blueprints`: the workspace root's script running the CLI from source. */
export const WORKSPACE_ROOT_CLI = /\bpnpm (?:-w|--workspace-root) blueprints\b/g;

/**
 * A package script (or cdk.json command) as an ejected project runs it: published packages resolve to their built
 * dist/, so the source condition flag goes, and the `blueprints` CLI is the project's own dev dependency rather than
 * the workspace root's script.
 */
export function standaloneCommand(command: string): string {
  return command.replace(sourceConditionFlag, '').replace(WORKSPACE_ROOT_CLI, 'blueprints');
}
