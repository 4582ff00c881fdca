import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Bundle,
  bundleLikeBlueprint,
  bundleLikeNodejsFunction,
  runWorkspaceCommand,
  scaleBatchEvent,
} from '../src/index.js';
import type { BlueprintCase } from './blueprint-cases.js';
import type { ContenderRole } from './contender-role.js';

/** One handler bundle measured against the others. */
export interface Contender extends Bundle {
  role: ContenderRole;
}

/** A blueprint with its contenders bundled and its events on disk. */
export interface BlueprintUnderTest {
  blueprintCase: BlueprintCase;
  contenders: Contender[];
  /** The sample whose records all succeed. */
  validEvent: string;
  /** The sample with failing records. */
  failingEvent: string;
  /** The valid sample repeated to the plan's batch size. */
  largeEvent: string;
}

const benchFile = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The floor every blueprint is compared with, bundled once. */
export async function bundleEmptyHandler(workdir: string): Promise<Contender> {
  const bundle = await bundleLikeBlueprint(benchFile('./contenders/empty-handler.ts'), join(workdir, 'empty.mjs'));
  return { role: 'floor', ...bundle };
}

/**
 * Builds the blueprint with its own `build` script (its dist/handler.mjs is what the figures are of), bundles its
 * contenders from bench/contenders/<folder>/, and writes its large batch event.
 */
export async function prepareBlueprint(
  workspaceRoot: string,
  workdir: string,
  blueprintCase: BlueprintCase,
  floor: Contender,
  batchRecords: number,
): Promise<BlueprintUnderTest> {
  const { folder } = blueprintCase;
  const blueprintRoot = join(workspaceRoot, 'blueprints', folder);
  runWorkspaceCommand('pnpm', ['run', 'build'], blueprintRoot);
  const distFile = join(blueprintRoot, 'dist', 'handler.mjs');
  const contender = async (role: ContenderRole, name: string): Promise<Contender> => ({
    role,
    ...(await bundleLikeBlueprint(
      benchFile(`./contenders/${folder}/${name}.ts`),
      join(workdir, `${folder}-${name}.mjs`),
    )),
  });
  const contenders: Contender[] = [
    floor,
    { role: 'blueprint', file: distFile, bytes: statSync(distFile).size },
    await contender('ceiling', 'hand-written-loop'),
    ...(blueprintCase.powertoolsInnerSchema
      ? [await contender('powertools-inner-schema', 'powertools-as-documented')]
      : []),
    await contender('powertools-record-schema', 'powertools-record-schema'),
    {
      role: 'nodejs-function-defaults',
      ...(await bundleLikeNodejsFunction(
        join(blueprintRoot, 'src', 'handler.ts'),
        join(workdir, `${folder}-nodejs-function.cjs`),
      )),
    },
  ];
  const validEvent = join(blueprintRoot, 'events', blueprintCase.validSample);
  const largeEvent = join(workdir, `${folder}-${batchRecords}-records.json`);
  writeFileSync(
    largeEvent,
    JSON.stringify(scaleBatchEvent(JSON.parse(readFileSync(validEvent, 'utf8')), batchRecords)),
  );
  return {
    blueprintCase,
    contenders,
    validEvent,
    failingEvent: join(blueprintRoot, 'events', blueprintCase.failingSample),
    largeEvent,
  };
}

/** The contender of `role`, if the blueprint has one. */
export function contenderOf(blueprint: BlueprintUnderTest, role: ContenderRole): Contender | undefined {
  return blueprint.contenders.find((contender) => contender.role === role);
}
