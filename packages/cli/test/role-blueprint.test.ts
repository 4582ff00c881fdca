import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isAllowed } from '@lambda-blueprints/role-templates';
import { type CloudFormationTemplate, functionRoleLogicalId, synthesizedRole } from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRoleEntries, runCli } from '../src/index.js';
import { recordingIo } from './recording-io.js';
import { repositoryRoot } from './role-workspace.js';

const blueprint = join(repositoryRoot, 'blueprints', 'sqs');

// The readme script and a real `cdk synth` (build, cdk-nag) take about 20 s on a busy 2-core machine.
const SYNTH_TIMEOUT_MS = 120_000;

// Build output and installs stay behind: the copy builds its own, and links the blueprint's installed packages.
const NOT_COPIED = new Set(['node_modules', 'dist', 'cdk.out', '.turbo']);

/**
 * blueprints/sqs copied into a temp workspace outside the repository (so tests never write under it): its files, its
 * node_modules and the root's (for tsx and cdk) linked, the root's tsconfig base, and the pinned pnpm.
 */
async function copiedBlueprint(): Promise<{ root: string; directory: string }> {
  const root = await mkdtemp(join(tmpdir(), 'blueprints-role-sqs-'));
  const { packageManager } = JSON.parse(await readFile(join(repositoryRoot, 'package.json'), 'utf8'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'workspace', private: true, packageManager }));
  await writeFile(join(root, 'pnpm-workspace.yaml'), "packages:\n  - 'blueprints/*'\n");
  await copyFile(join(repositoryRoot, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const directory = join(root, 'blueprints', 'sqs');
  await mkdir(directory, { recursive: true });
  await cp(blueprint, directory, { recursive: true, filter: (source) => !NOT_COPIED.has(basename(source)) });
  await symlink(join(blueprint, 'node_modules'), join(directory, 'node_modules'), 'dir');
  return { root, directory };
}

async function synthesizedTemplate(directory: string): Promise<CloudFormationTemplate> {
  const synth = spawnSync('pnpm', ['run', '--silent', 'synth'], { cwd: directory, encoding: 'utf8' });
  expect(synth.status, `pnpm run synth failed:\n${synth.stdout}${synth.stderr}`).toBe(0);
  const [templateFile] = (await readdir(join(directory, 'cdk.out'))).filter((file) => file.endsWith('.template.json'));
  if (templateFile === undefined) throw new Error(`synth wrote no template into ${directory}/cdk.out`);
  return JSON.parse(await readFile(join(directory, 'cdk.out', templateFile), 'utf8'));
}

describe('blueprints role on a copy of the sqs blueprint', () => {
  let copy: { root: string; directory: string };
  beforeAll(async () => {
    copy = await copiedBlueprint();
  });
  afterAll(async () => {
    await rm(copy.root, { recursive: true, force: true });
  });

  it(
    'adds xray-write: the README permissions table and the synthesized role grant X-Ray',
    async () => {
      // Prepare
      const read = (path: string) => readFile(join(copy.directory, path), 'utf8');
      expect(readRoleEntries(await read('infra/role.ts'))).not.toContainEqual({ template: 'xray-write' });
      expect(await read('README.md')).not.toContain('xray:PutTraceSegments');
      const io = recordingIo();

      // Act
      const code = await runCli(['role', 'add', copy.directory, 'xray-write'], io);
      const template = await synthesizedTemplate(copy.directory);

      // Assess
      expect(code, io.err()).toBe(0);
      expect(JSON.parse(await read('package.json')).blueprint.templates).toEqual([
        'basic-execution',
        'sqs-poll',
        'xray-write',
      ]);
      expect(await read('README.md')).toMatch(/^\|[^\n]*`xray:PutTraceSegments`[^\n]*\| xray-write: /m);
      const role = synthesizedRole(template, functionRoleLogicalId(template));
      expect(isAllowed(role.policyDocuments, 'xray:PutTraceSegments', '*')).toBe(true);
    },
    SYNTH_TIMEOUT_MS,
  );
});
