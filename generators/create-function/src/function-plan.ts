import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { manifestWithTemplates, mergedRole, ROLE_FILE, readRoleEntries, roleFileWith } from '@lambda-blueprints/cli';
import { type RoleEntry, type RoleSpec, roleSpecFor } from '@lambda-blueprints/role-templates';
import { type FunctionAnswers, isSinkKind } from './answers.js';
import type { BlueprintInfo } from './blueprint-catalog.js';
import { CONFIG_FILE, type ConfigEdit, editConfig } from './config-file.js';
import { HANDLER_FILE, handlerWithSinkCalls } from './handler-sink-calls.js';
import { PACKAGE_ROOT } from './package-root.js';
import { roleOptionsOf } from './role-options.js';
import { SINKS_DIRECTORY, sharedSinkFiles, sinkKindFiles } from './sink-kinds.js';
import { sourceConfigFields } from './source-config.js';
import { SourceExpression } from './source-edits.js';
import { formatSource } from './source-formatting.js';
import { settingsFor } from './source-settings.js';
import { STACK_FILE, stackWithNewSinks } from './stack-sinks.js';

/** Everything the generator writes for one function, computed before anything is written (and shown by --dry-run). */
export interface FunctionPlan {
  /** functions/<name>, relative to the workspace root. */
  directory: string;
  /** The package's files, by path relative to `directory`. */
  files: Map<string, Buffer>;
  /** The role written to infra/role.ts. */
  role: RoleEntry[];
}

// Build output, installed packages and caches: never copied from a blueprint.
const NOT_COPIED = new Set(['node_modules', 'dist', 'cdk.out', '.turbo', 'coverage']);

function filesUnder(root: string, directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_COPIED.has(entry.name) || entry.name.endsWith('.tsbuildinfo')) return [];
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

const pascalCase = (name: string): string =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const chosenSinks = (answers: FunctionAnswers) => answers.with.filter(isSinkKind);

/** Where each answer goes in the blueprint's infra/config.ts. */
function configEdits(answers: FunctionAnswers, blueprint: BlueprintInfo): { edits: ConfigEdit[]; imports: string[] } {
  const fields = sourceConfigFields[blueprint.source];
  const edits: ConfigEdit[] = [
    { path: 'functionName', value: answers.name },
    { path: 'stackName', value: pascalCase(answers.name) },
    { path: 'tracing', value: answers.with.includes('xray') },
    {
      path: 'vpc',
      value:
        answers.vpc === undefined
          ? undefined
          : {
              vpcId: answers.vpc.vpcId,
              availabilityZones: answers.vpc.availabilityZones,
              privateSubnetIds: answers.vpc.subnetIds,
            },
    },
    { path: 'roleMode', value: answers.roleMode },
    { path: 'existingRoleArn', value: answers.roleArn },
  ];
  if (answers.existingSource !== undefined) {
    edits.push({ path: fields.existingArn, value: answers.existingSource.arn });
    edits.push({ path: fields.keyArn, value: answers.existingSource.keyArn });
    if (fields.newSource !== undefined) edits.push({ path: fields.newSource, remove: true });
  }
  if (fields.enhancedFanOut !== undefined) {
    edits.push({ path: fields.enhancedFanOut, value: answers.with.includes('fan-out') });
  }
  for (const spec of settingsFor(blueprint.source, answers.existingSource !== undefined)) {
    const value = answers.settings[spec.id];
    if (value !== undefined) edits.push({ path: spec.configPath, value });
  }
  const existingSinks = chosenSinks(answers).flatMap((kind) => {
    const arn = answers.sinkArns[kind];
    return arn === undefined ? [] : [{ kind, arn }];
  });
  edits.push({
    path: 'sinks',
    value: existingSinks.map(
      ({ kind, arn }) => new SourceExpression(`${sinkKindFiles[kind].existingTarget}('${arn}')`),
    ),
  });
  const imports = existingSinks.map(
    ({ kind }) => `import { ${sinkKindFiles[kind].existingTarget} } from './sinks/${kind}.js';`,
  );
  return { edits, imports };
}

/**
 * The package manifest: the function's own name, where it came from, its "blueprint" field listing the templates of
 * its infra/role.ts (every function keeps the blueprint shape), and the sinks' SDK clients.
 */
function manifestFor(text: string, answers: FunctionAnswers, blueprint: BlueprintInfo, role: RoleSpec): string {
  const manifest = JSON.parse(text) as Record<string, unknown> & {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const pinned = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const dependencies = { ...manifest.dependencies };
  for (const name of chosenSinks(answers).flatMap((kind) => sinkKindFiles[kind].dependencies)) {
    dependencies[name] = pinned.devDependencies[name] ?? 'latest';
  }
  return `${JSON.stringify(
    manifestWithTemplates(
      {
        ...manifest,
        name: answers.name,
        generatedFrom: { blueprint: blueprint.packageName, version: blueprint.version },
        dependencies: Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b))),
        // A sink's client the blueprint had for its tests is now a runtime dependency: listed once, where it runs.
        ...(manifest.devDependencies && {
          devDependencies: Object.fromEntries(
            Object.entries(manifest.devDependencies).filter(([name]) => !(name in dependencies)),
          ),
        }),
      },
      role,
    ),
    null,
    2,
  )}\n`;
}

/** With sinks, every test file gets the sinks' emulators (their setup files), so the handler's sink calls run. */
function vitestConfigWithSinks(answers: FunctionAnswers): string {
  const setupFiles = chosenSinks(answers).map((kind) => `'${sinkKindFiles[kind].setupFile}'`);
  return [
    "import { defineConfig, mergeConfig } from 'vitest/config';",
    "import shared from '../../vitest.shared.ts';",
    '',
    "// The sinks' setup files start a local emulator per test file and point the AWS SDK at it.",
    `export default mergeConfig(shared, defineConfig({ test: { setupFiles: [${setupFiles.join(', ')}] } }));`,
    '',
  ].join('\n');
}

function readmeFor(text: string, answers: FunctionAnswers, blueprint: BlueprintInfo): string {
  const origin = `Made by \`pnpm create-function\` from the ${blueprint.folder} blueprint (${blueprint.packageName} ${blueprint.version}).`;
  const [, ...rest] = text.split('\n');
  return [`# ${answers.name}`, '', origin, ...rest].join('\n');
}

/**
 * Plans functions/<name>: the blueprint's files (without build output), the chosen sinks' files, and the blueprint's
 * config, role, handler, stack, manifest and README rewritten for the answers, formatted with the workspace's Biome.
 */
export function planFunction(answers: FunctionAnswers, blueprint: BlueprintInfo, workspaceRoot: string): FunctionPlan {
  const directory = join('functions', answers.name);
  const files = new Map<string, Buffer>(
    filesUnder(blueprint.directory).map((path) => [path, readFileSync(join(blueprint.directory, path))]),
  );
  const sinks = chosenSinks(answers);
  const sinkFiles =
    sinks.length === 0 ? [] : [...sharedSinkFiles, ...sinks.flatMap((kind) => sinkKindFiles[kind].files)];
  for (const path of sinkFiles) files.set(path, readFileSync(join(SINKS_DIRECTORY, path)));

  const text = (path: string): string => {
    const content = files.get(path);
    if (content === undefined) throw new Error(`The ${blueprint.folder} blueprint has no ${path}.`);
    return content.toString('utf8');
  };
  const write = (path: string, content: string, format = true): void => {
    const formatted = format ? formatSource(workspaceRoot, join(directory, path), content) : content;
    files.set(path, Buffer.from(formatted));
  };

  const role = mergedRole(readRoleEntries(text(ROLE_FILE)), roleSpecFor(blueprint.source, roleOptionsOf(answers)));
  const { edits, imports } = configEdits(answers, blueprint);
  write(CONFIG_FILE, editConfig(text(CONFIG_FILE), edits, imports));
  write(ROLE_FILE, roleFileWith(text(ROLE_FILE), role));
  const sinkCalls = sinks.map((kind) => ({ functionName: sinkKindFiles[kind].call, importPath: `./sinks/${kind}.js` }));
  write(HANDLER_FILE, handlerWithSinkCalls(text(HANDLER_FILE), blueprint.source, sinkCalls));
  const newTargets = sinks
    .filter((kind) => answers.sinkArns[kind] === undefined)
    .map((kind) => ({ functionName: sinkKindFiles[kind].newTarget, importPath: `./sinks/${kind}.js` }));
  write(STACK_FILE, stackWithNewSinks(text(STACK_FILE), newTargets));
  if (sinks.length > 0) write('vitest.config.ts', vitestConfigWithSinks(answers));
  write('package.json', manifestFor(text('package.json'), answers, blueprint, role));
  write('README.md', readmeFor(text('README.md'), answers, blueprint), false);
  return { directory, files, role };
}
