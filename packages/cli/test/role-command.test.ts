import { existsSync } from 'node:fs';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { afterEach, describe, expect, it } from 'vitest';
import { readRoleEntries, runCli } from '../src/index.js';
import { recordingIo } from './recording-io.js';
import { type RoleWorkspaceOptions, roleFileOf, roleWorkspace } from './role-workspace.js';

const sqsRole: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'sqs-poll', on: 'source' },
];

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['role', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('blueprints role', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function workspace(options: Partial<RoleWorkspaceOptions> = {}) {
    const created = await roleWorkspace({ role: sqsRole, ...options });
    cleanups.push(created.remove);
    return created;
  }

  it('adds the template to infra/role.ts and the manifest, then runs the readme script', async () => {
    // Prepare
    const { root, read } = await workspace();

    // Act
    const { code, stdout } = await blueprints('add', 'orders', 'xray-write', '--root', root);

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Added { template: 'xray-write' } to functions/orders/infra/role.ts, updated the templates of package.json",
    );
    expect(stdout).toContain('Next: pnpm --filter @acme/orders synth');
    expect(readRoleEntries(await read('infra/role.ts'))).toEqual([...sqsRole, { template: 'xray-write' }]);
    expect(JSON.parse(await read('package.json')).blueprint.templates).toEqual([
      'basic-execution',
      'sqs-poll',
      'xray-write',
    ]);
    // The readme script ran after infra/role.ts was written: the README holds the new list.
    expect(await read('README.md')).toContain("{ template: 'xray-write' },");
  });

  it('removes an entry, found by the package name', async () => {
    // Prepare
    const { root, read } = await workspace({ role: [...sqsRole, { template: 'dynamodb-write', on: 'sink:orders' }] });

    // Act
    const { code, stdout } = await blueprints('remove', '@acme/orders', 'dynamodb-write', '--root', root);

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain("Removed { template: 'dynamodb-write', on: 'sink:orders' } from functions/orders/");
    expect(readRoleEntries(await read('infra/role.ts'))).toEqual(sqsRole);
    expect(await read('README.md')).not.toContain('dynamodb-write');
  });

  it('says the entry is there already, exits 0 and writes nothing', async () => {
    // Prepare
    const { directory, read } = await workspace();

    // Act
    const { code, stdout } = await blueprints('add', directory, 'sqs-poll', '--on', 'source');

    // Assess
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /functions\/orders\/infra\/role\.ts lists \{ template: 'sqs-poll', on: 'source' \} already: nothing changed\./,
    );
    expect(await read('infra/role.ts')).toBe(roleFileOf(sqsRole));
    expect(existsSync(`${directory}/README.md`)).toBe(false);
  });

  it('prints the new infra/role.ts with --dry-run and writes nothing', async () => {
    // Prepare
    const { directory, read } = await workspace();

    // Act
    const { code, stdout } = await blueprints('add', directory, 'kms-decrypt', '--on', 'source-key', '--dry-run');

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: nothing written. functions/orders/infra/role.ts would be:\n');
    expect(readRoleEntries(stdout.slice(stdout.indexOf('\n') + 1))).toEqual([
      ...sqsRole,
      { template: 'kms-decrypt', on: 'source-key' },
    ]);
    expect(await read('infra/role.ts')).toBe(roleFileOf(sqsRole));
    expect(JSON.parse(await read('package.json')).blueprint.templates).toEqual(['basic-execution', 'sqs-poll']);
  });

  it('exits 2 listing the valid ids for an unknown template', async () => {
    // Prepare
    const { directory } = await workspace();

    // Act
    const { code, stderr } = await blueprints('add', directory, 'sqs-admin');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown role template "sqs-admin". Use one of: basic-execution, sqs-poll,');
  });

  it('exits 2 naming the resources that fit when a resource template has no --on', async () => {
    // Prepare
    const { directory } = await workspace({ source: 'kinesis' });

    // Act
    const { code, stderr } = await blueprints('add', directory, 'kms-encrypt');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(
      'Role template "kms-encrypt" applies to a KMS key. Pass --on with one of: source-key, on-failure-key.',
    );
  });

  it('exits 2 removing a template the role does not list, and leaves the file alone', async () => {
    // Prepare
    const { directory, read } = await workspace();

    // Act
    const { code, stderr } = await blueprints('remove', directory, 'vpc-access');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('The role does not list "vpc-access", so there is nothing to remove.');
    expect(await read('infra/role.ts')).toBe(roleFileOf(sqsRole));
  });

  it("exits 2 refusing to remove basic-execution or the source's template, saying why", async () => {
    // Prepare
    const { directory } = await workspace();

    // Act
    const logs = await blueprints('remove', directory, 'basic-execution');
    const source = await blueprints('remove', directory, 'sqs-poll');

    // Assess
    expect([logs.code, source.code]).toEqual([2, 2]);
    expect(logs.stderr).toContain('without it the function cannot write its logs to CloudWatch Logs');
    expect(source.stderr).toContain("without it Lambda's event source mapping cannot read the function's sqs source");
  });

  it('exits 2 for an unknown function, listing those of the workspace', async () => {
    // Prepare
    const { root } = await workspace();

    // Act
    const { code, stderr } = await blueprints('add', 'payments', 'xray-write', '--root', root);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('No blueprint or function "payments"');
    expect(stderr).toContain('Use one of: functions/orders');
  });

  it('exits 2 for a package without the readme script, before writing anything', async () => {
    // Prepare
    const { directory, read } = await workspace({ scripts: {} });

    // Act
    const { code, stderr } = await blueprints('add', directory, 'xray-write');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('it has no "readme" script to rewrite the README permissions table from infra/role.ts');
    expect(await read('infra/role.ts')).toBe(roleFileOf(sqsRole));
  });

  it('exits 2 with the usage for an action other than add or remove', async () => {
    // Act
    const { code, stderr } = await blueprints('list', 'orders');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('role takes add or remove, a function and a template (got: list orders)');
  });

  it('is listed in the usage and has its own help', async () => {
    // Prepare
    const usage = recordingIo();

    // Act
    await runCli(['--help'], usage);
    const { code, stdout } = await blueprints('--help');

    // Assess
    expect(usage.out()).toMatch(/^ {2}role +add or remove a role template/m);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: blueprints role add <FUNCTION> <TEMPLATE> [--on <resource>]');
  });
});
