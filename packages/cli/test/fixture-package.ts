import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CloudFormationTemplate } from '@lambda-blueprints/testing';
import { functionStackTemplate } from './function-stack-template.js';

export interface FixturePackageFiles {
  /** The content of src/handler.ts. */
  handler: string;
  /** Other files by path relative to the package (`src/db.ts`). */
  files?: Readonly<Record<string, string>>;
  /** cdk.out/FixtureStack.template.json; null for a package that was never synthesized. @default functionStackTemplate() */
  template?: CloudFormationTemplate | null;
  /** @default 'fixture-function' */
  name?: string;
}

/** Writes a function package (package.json, src/handler.ts, infra/role.ts, cdk.out template) into `directory`. */
export async function writeFixturePackage(directory: string, files: FixturePackageFiles): Promise<void> {
  const name = files.name ?? 'fixture-function';
  const contents: Record<string, string> = {
    'package.json': JSON.stringify({ name, type: 'module', blueprint: { source: 'sqs', description: name } }),
    'src/handler.ts': files.handler,
    'infra/role.ts': "export const role = [{ template: 'basic-execution', on: 'log-group' }];\n",
    ...files.files,
  };
  const template = files.template === undefined ? functionStackTemplate() : files.template;
  if (template !== null) contents['cdk.out/FixtureStack.template.json'] = JSON.stringify(template);
  for (const [path, content] of Object.entries(contents)) {
    await mkdir(dirname(join(directory, path)), { recursive: true });
    await writeFile(join(directory, path), content);
  }
}

/** A function package in a new temp directory. */
export async function fixturePackage(
  files: FixturePackageFiles,
): Promise<{ directory: string; remove: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'blueprints-permissions-'));
  await writeFixturePackage(directory, files);
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}
