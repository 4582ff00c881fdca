import { WORKSPACE_ROOT_CLI } from './standalone-command.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The package's README for its ejected copy: `pnpm --filter <package> <script>` (run from the workspace root)
 * becomes `pnpm run <script>` (run in the project), `pnpm -w blueprints` the project's own CLI, and a closing
 * section says where the project came from.
 */
export function standaloneReadme(readme: string, sourceName: string, sourceVersion: string): string {
  const filtered = new RegExp(`pnpm (?:--filter|-F) ${escapeRegExp(sourceName)} `, 'g');
  const commands = readme.replace(filtered, 'pnpm run ').replace(WORKSPACE_ROOT_CLI, 'pnpm exec blueprints');
  return `${commands.trimEnd()}

## Where this project comes from

Ejected from \`${sourceName}\` ${sourceVersion} by \`blueprints eject\`. It depends on the published
\`@lambda-blueprints/*\` packages and runs on its own: \`pnpm install\`, then the commands above.
`;
}
