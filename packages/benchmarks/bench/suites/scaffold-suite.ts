import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandFailedError, type CommandRun, installFromStore, runWorkspaceCommand } from '../../src/index.js';

/** The blueprint the scaffold and scale figures generate from. */
export const SCAFFOLD_BLUEPRINT = 'sqs';
const blueprintPackage = '@lambda-blueprints/blueprint-sqs';
/** The function scaffold-to-green generates. */
export const SCAFFOLDED_FUNCTION = 'scaffolded';
const copiedName = 'copied-by-hand';

/** The scaffold-to-green figures, each beside its reference. */
export interface ScaffoldFigures {
  /** `pnpm create-function ... --yes`: plan, write, link (pnpm install) and the README's permissions table. */
  createFunction: CommandRun;
  /** The alternative: copy the blueprint folder by hand, rename the package, link it with pnpm install. */
  copyByHand: CommandRun;
  /** The new function's own tests (build, handler, infra, integration against a local SQS). */
  functionTests: CommandRun;
  /** The same tests of the blueprint itself, in place. */
  blueprintTests: CommandRun;
}

/** Why scaffold-to-green cannot be measured in this workspace, or undefined when it can. */
export function generatorMissing(root: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (manifest.scripts?.['create-function'] === undefined) {
    return 'the root package.json has no create-function script';
  }
  if (!existsSync(join(root, 'generators', 'create-function', 'src', 'bin.ts'))) {
    return 'generators/create-function/src/bin.ts does not exist';
  }
  return undefined;
}

function copyBlueprintByHand(root: string): CommandRun {
  const target = join(root, 'functions', copiedName);
  cpSync(join(root, 'blueprints', SCAFFOLD_BLUEPRINT), target, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist|cdk\.out)$/.test(source),
  });
  const manifestFile = join(target, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name: string };
  writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, name: copiedName }, null, 2)}\n`);
  return installFromStore(root);
}

/**
 * In the workspace copy at `root`: scaffolds a function with the generator's documented command and runs its tests,
 * then the references: the blueprint copied by hand and linked, and the blueprint's own tests. Leaves both new
 * functions in functions/ (the caller removes them).
 */
export function runScaffoldSuite(root: string): ScaffoldFigures {
  const createFunction = runWorkspaceCommand(
    'pnpm',
    ['create-function', '--name', SCAFFOLDED_FUNCTION, '--blueprint', SCAFFOLD_BLUEPRINT, '--yes'],
    root,
  );
  if (!existsSync(join(root, 'functions', SCAFFOLDED_FUNCTION, 'package.json'))) {
    throw new CommandFailedError(
      `pnpm create-function --name ${SCAFFOLDED_FUNCTION}`,
      root,
      0,
      `${createFunction.output}\nIt exited 0 but wrote no functions/${SCAFFOLDED_FUNCTION}/package.json.`,
    );
  }
  return {
    createFunction,
    copyByHand: copyBlueprintByHand(root),
    functionTests: runWorkspaceCommand('pnpm', ['--filter', SCAFFOLDED_FUNCTION, 'test'], root),
    blueprintTests: runWorkspaceCommand('pnpm', ['--filter', blueprintPackage, 'test'], root),
  };
}

/** The names of the functions the scaffold suite leaves behind. */
export const scaffoldSuiteFunctions = [SCAFFOLDED_FUNCTION, copiedName] as const;
