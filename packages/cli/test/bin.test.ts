import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeWorkspace } from './fake-workspace.js';
import { fixturePackage } from './fixture-package.js';
import { handlerSource } from './handler-source.js';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

/** Runs bin.ts as `pnpm blueprints` does: a real process through tsx, resolving workspace packages to source. */
async function blueprints(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const command = [
    process.execPath,
    ['--import', 'tsx', '--conditions=@lambda-blueprints/source', 'src/bin.ts', ...args],
  ] as const;
  try {
    const { stdout, stderr } = await promisify(execFile)(...command, { cwd: packageDirectory });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the blueprints binary', () => {
  it('prints a role and exits 0', async () => {
    // Act
    const { code, stdout } = await blueprints('roles', '--source', 'sqs', '--with', 'xray');

    // Assess
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('PolicyDocument.Version', '2012-10-17');
  });

  it('exits 2 naming the valid sources for an unknown source', async () => {
    // Act
    const { code, stderr, stdout } = await blueprints('roles', '--source', 'rabbitmq');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toBe(
      'Unknown event source "rabbitmq". Use one of: sqs, sqs-fifo, kinesis, dynamodb-streams, msk.\n',
    );
    expect(stdout).toBe('');
  });

  it('exits 2 for an unknown command', async () => {
    // Act
    const { code, stderr } = await blueprints('deploy');

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(
      'Unknown command "deploy". Use one of: roles, role, licenses, check-permissions, eject, events, invoke, simulate.',
    );
  });

  describe('check-permissions, on a function whose role lacks what its code sends', () => {
    let fixture: Awaited<ReturnType<typeof fixturePackage>>;
    beforeAll(async () => {
      const handler = handlerSource(
        ["import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';"],
        ["await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'q', MessageBody: event.name }));"],
      );
      fixture = await fixturePackage({ handler });
    });
    afterAll(async () => fixture.remove());

    it('exits 1 naming the action, the command and the template that grants it', async () => {
      // Act
      const { code, stderr } = await blueprints('check-permissions', fixture.directory);

      // Assess
      expect(code).toBe(1);
      expect(stderr).toContain('The code sends sqs:SendMessage (SendMessageCommand at src/handler.ts:4)');
      expect(stderr).toContain("{ template: 'sqs-send', on: 'sink:<name>' }");
    });
  });

  describe('licenses, on a tree with a GPL package', () => {
    let workspace: Awaited<ReturnType<typeof fakeWorkspace>>;
    beforeAll(async () => {
      workspace = await fakeWorkspace([
        { name: 'fine', license: 'MIT' },
        { name: 'readline-gpl', version: '8.2.0', license: 'GPL-3.0-or-later' },
      ]);
    });
    afterAll(async () => workspace.remove());

    it('exits 1 naming the package', async () => {
      // Act
      const { code, stderr } = await blueprints('licenses', '--root', workspace.root);

      // Assess
      expect(code).toBe(1);
      expect(stderr).toContain('readline-gpl@8.2.0: GPL-3.0-or-later (copyleft license)');
    });
  });
});
