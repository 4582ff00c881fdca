import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandFailedError, childrenCpuSeconds, runWorkspaceCommand, workspaceEnvironment } from '../src/index.js';

describe('workspaceEnvironment', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.npm_config_filter = '@lambda-blueprints/benchmarks';
    process.env.pnpm_config_verify_deps_before_run = 'false';
    process.env.INIT_CWD = '/the/real/workspace';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('points INIT_CWD, where create-function writes, at the other workspace', () => {
    // Act
    const environment = workspaceEnvironment('/tmp/copy');

    // Assess
    expect(environment.INIT_CWD).toBe('/tmp/copy');
  });

  it('drops the settings of the pnpm that started the bench', () => {
    // Act
    const environment = workspaceEnvironment('/tmp/copy');

    // Assess
    expect(Object.keys(environment).filter((name) => /^(npm|pnpm)_config_/.test(name))).toEqual([]);
  });
});

describe('runWorkspaceCommand', () => {
  it('returns what the command printed', () => {
    // Act
    const run = runWorkspaceCommand(process.execPath, ['-e', 'console.log(process.env.INIT_CWD)'], process.cwd());

    // Assess
    expect(run.output.trim()).toBe(process.cwd());
  });

  it('throws with the end of the output when the command fails', () => {
    // Act
    const running = () =>
      runWorkspaceCommand(process.execPath, ['-e', "console.error('no such task'); process.exit(3)"], process.cwd());

    // Assess
    expect(running).toThrow(CommandFailedError);
    expect(running).toThrow(/with 3:\nno such task/);
  });
});

describe.runIf(process.platform === 'linux')('childrenCpuSeconds', () => {
  it('grows by the CPU time of a child process this one waited for', () => {
    // Prepare
    const before = childrenCpuSeconds() ?? 0;

    // Act
    spawnSync(process.execPath, ['-e', 'let x = 0; for (let i = 0; i < 1e8; i++) x += i % 7; console.log(x)']);

    // Assess
    expect((childrenCpuSeconds() ?? 0) - before).toBeGreaterThan(0);
  });
});
