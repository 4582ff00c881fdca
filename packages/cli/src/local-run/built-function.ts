import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { SynthesizedTemplateNotFoundError } from '../errors.js';
import { type FunctionPackage, readFunctionPackage } from '../permission-check/function-package.js';
import { runPackageScript } from './package-script.js';

/** The bundle every blueprint and generated function builds (its `build` script): an ES module exporting handler. */
const BUNDLE_FILE = 'dist/handler.mjs';

/** What makes an output and what it is made from. */
interface Step {
  script: 'build' | 'synth';
  inputs: readonly string[];
  /** Why it runs when the output does not exist. */
  missing: string;
}

/** The bundle is made from the package's code (workspace packages it imports are not watched). */
const BUILD: Step = { script: 'build', inputs: ['src'], missing: `there is no ${BUNDLE_FILE} yet` };

/** The template is made from the CDK app and stack, and the code it bundles. */
const synthStep = (assemblyLabel: string): Step => ({
  script: 'synth',
  inputs: ['infra', 'src', 'cdk.json'],
  missing: `there is no synthesized template in ${assemblyLabel} yet`,
});

/** A function package whose bundle and synthesized templates are at least as new as their sources. */
export interface BuiltFunction extends FunctionPackage {
  bundlePath: string;
}

interface FileTime {
  path: string;
  mtimeMs: number;
}

/** The most recently modified file among `inputs` (files or folders, relative to the package). */
async function newestInput(directory: string, inputs: readonly string[]): Promise<FileTime | undefined> {
  let newest: FileTime | undefined;
  for (const input of inputs) {
    const info = await stat(join(directory, input)).catch(() => undefined);
    if (info === undefined) continue;
    const files = info.isDirectory()
      ? (await readdir(join(directory, input), { recursive: true })).map((entry) => join(input, entry))
      : [input];
    for (const path of files) {
      const file = await stat(join(directory, path));
      if (file.isFile() && (newest === undefined || file.mtimeMs > newest.mtimeMs))
        newest = { path, mtimeMs: file.mtimeMs };
    }
  }
  return newest;
}

/** Why `step` must run again: its output is missing, or an input changed after it; undefined when it is fresh. */
async function staleness(
  directory: string,
  step: Step,
  outputMtimeMs: number | undefined,
): Promise<string | undefined> {
  if (outputMtimeMs === undefined) return step.missing;
  const newest = await newestInput(directory, step.inputs);
  return newest !== undefined && newest.mtimeMs > outputMtimeMs
    ? `${newest.path} changed since the last ${step.script}`
    : undefined;
}

async function synthesizedPackage(directory: string, cdkOut: string): Promise<FunctionPackage | undefined> {
  try {
    return await readFunctionPackage(directory, cdkOut);
  } catch (error) {
    if (error instanceof SynthesizedTemplateNotFoundError) return undefined;
    throw error;
  }
}

/**
 * The function package at `directory`, built and synthesized: runs its `build` script when dist/handler.mjs is
 * missing or older than src/, then its `synth` script (cdk synth, with `--output` for another cloud assembly) when
 * the templates in `cdkOut` are missing or older than infra/, src/ or cdk.json, each with a line on stderr. The CLI
 * cannot synthesize in-process: packages never import a blueprint's stack.
 */
export async function builtFunction(directory: string, cdkOut: string, io: CliIo): Promise<BuiltFunction> {
  const absolute = resolve(directory);
  const assembly = resolve(absolute, cdkOut);
  // Throws when the folder is not a function package, before anything runs.
  const synthesized = await synthesizedPackage(absolute, cdkOut);

  const bundlePath = join(absolute, BUNDLE_FILE);
  const bundleTime = (await stat(bundlePath).catch(() => undefined))?.mtimeMs;
  const bundleStale = await staleness(absolute, BUILD, bundleTime);
  if (bundleStale !== undefined) {
    io.stderr(`Building ${BUNDLE_FILE} (pnpm run build): ${bundleStale}.\n`);
    await runPackageScript(absolute, 'build');
  }

  const templateTimes = await Promise.all(
    (synthesized?.templates ?? []).map(async (file) => (await stat(file)).mtimeMs),
  );
  const templateStale = await staleness(
    absolute,
    synthStep(relative(absolute, assembly) || '.'),
    templateTimes.length > 0 ? Math.min(...templateTimes) : undefined,
  );
  if (templateStale !== undefined) {
    io.stderr(`Synthesizing (pnpm run synth): ${templateStale}.\n`);
    await runPackageScript(absolute, 'synth', cdkOut === 'cdk.out' ? [] : ['--output', assembly]);
  }
  return { ...(await readFunctionPackage(absolute, cdkOut)), bundlePath };
}
