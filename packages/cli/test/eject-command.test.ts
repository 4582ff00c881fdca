import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { ejectWorkspace } from './eject-workspace.js';
import { recordingIo } from './recording-io.js';

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['eject', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('blueprints eject', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function workspace(options?: Parameters<typeof ejectWorkspace>[0]) {
    const created = await ejectWorkspace(options);
    cleanups.push(created.remove);
    return created;
  }

  it('writes the project into a new folder and says what to run next', async () => {
    // Prepare
    const { blueprint, target } = await workspace();

    // Act
    const { code, stdout } = await blueprints(blueprint, target('orders'));

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain(`Ejected @lambda-blueprints/blueprint-demo as orders to ${target('orders')}`);
    expect(stdout).toContain(`cd ${target('orders')} && pnpm install && pnpm test`);
    const written = JSON.parse(await readFile(join(target('orders'), 'package.json'), 'utf8'));
    expect(written.name).toBe('orders');
    expect(existsSync(join(target('orders'), 'src', 'handler.ts'))).toBe(true);
  });

  it('finds a blueprint by its name in the workspace given by --root', async () => {
    // Prepare
    const { root, target } = await workspace();

    // Act
    const { code } = await blueprints('demo', target('by-name'), '--root', root);

    // Assess
    expect(code).toBe(0);
    expect(existsSync(join(target('by-name'), 'package.json'))).toBe(true);
  });

  it('lists the files with --dry-run and writes nothing', async () => {
    // Prepare
    const { blueprint, target } = await workspace();

    // Act
    const { code, stdout } = await blueprints(blueprint, target('dry'), '--dry-run', '--name', 'dry-orders');

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: nothing written.');
    expect(stdout).toMatch(/^ {2}package\.json +rewritten$/m);
    expect(stdout).toMatch(/^ {2}src\/handler\.ts +copied$/m);
    expect(existsSync(target('dry'))).toBe(false);
  });

  it('exits 2 for a folder that holds files, and leaves them as they were', async () => {
    // Prepare
    const { blueprint, target } = await workspace();
    await mkdir(target('taken'), { recursive: true });
    await writeFile(join(target('taken'), 'notes.md'), 'mine\n');

    // Act
    const written = await blueprints(blueprint, target('taken'));
    const dryRun = await blueprints(blueprint, target('taken'), '--dry-run');

    // Assess
    expect([written.code, dryRun.code]).toEqual([2, 2]);
    expect(written.stderr).toContain(`${target('taken')} is not empty`);
    expect(await readdir(target('taken'))).toEqual(['notes.md']);
  });

  it('writes into an empty folder', async () => {
    // Prepare
    const { blueprint, target } = await workspace();
    await mkdir(target('empty'), { recursive: true });

    // Act
    const { code } = await blueprints(blueprint, target('empty'));

    // Assess
    expect(code).toBe(0);
    expect(await readdir(target('empty'))).toContain('package.json');
  });

  it('exits 2 naming the blueprints and functions there are for an unknown name', async () => {
    // Prepare
    const { root, target } = await workspace();

    // Act
    const { code, stderr } = await blueprints('rabbitmq', target('x'), '--root', root);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('No blueprint or function "rabbitmq"');
    expect(stderr).toContain('Use one of: blueprints/demo');
  });

  it('exits 2 when the target folder is missing', async () => {
    // Prepare
    const { blueprint } = await workspace();

    // Act
    const { code, stderr } = await blueprints(blueprint);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('eject takes a blueprint or function and a folder (got 1 operand(s))');
  });

  it('exits 1 and writes nothing when a file of the package reaches into the workspace', async () => {
    // Prepare
    const { blueprint, target } = await workspace({ files: { 'src/money.ts': "export * from '../../money.js';\n" } });

    // Act
    const { code, stderr } = await blueprints(blueprint, target('leaky'));

    // Assess
    expect(code).toBe(1);
    expect(stderr).toContain('src/money.ts: ../../money.js (outside the project)');
    expect(existsSync(target('leaky'))).toBe(false);
  });

  it('is listed in the usage and has its own help', async () => {
    // Act
    const usage = recordingIo();
    await runCli(['--help'], usage);
    const help = await blueprints('--help');

    // Assess
    expect(usage.out()).toMatch(/^ {2}eject +write a blueprint or function as a standalone project/m);
    expect(help.stdout).toContain('Usage: blueprints eject <BLUEPRINT_OR_FUNCTION> <DIR>');
  });
});
