import { afterEach, describe, expect, it } from 'vitest';
import { LicenseCheckFailedError, licensesCommand } from '../src/index.js';
import { fakeWorkspace } from './fake-workspace.js';
import { recordingIo } from './recording-io.js';

describe('blueprints licenses', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => remove?.());

  it('fails naming each copyleft and unknown package, and only those', async () => {
    // Prepare
    const workspace = await fakeWorkspace([
      { name: 'fine', license: 'MIT' },
      { name: 'dual', license: '(MIT OR Apache-2.0)' },
      { name: '@cloud-copilot/iam-simulate', version: '0.1.9', license: 'AGPL-3.0-only' },
      { name: 'mystery' },
    ]);
    remove = workspace.remove;

    // Act
    const check = licensesCommand(['--root', workspace.root], recordingIo());

    // Assess
    await expect(check).rejects.toThrow(LicenseCheckFailedError);
    const message = await check.catch((error: Error) => error.message);
    expect(message).toContain('@cloud-copilot/iam-simulate@0.1.9: AGPL-3.0-only (copyleft license)');
    expect(message).toContain('mystery@1.0.0: (none) (no license, or not an SPDX expression)');
    expect(message).not.toMatch(/fine@|dual@/);
  });

  it('passes a permissive tree and lists the licenses to review on stderr', async () => {
    // Prepare
    const workspace = await fakeWorkspace([
      { name: 'fine', license: 'MIT' },
      { name: 'css-engine', license: 'MPL-2.0' },
    ]);
    remove = workspace.remove;
    const io = recordingIo();

    // Act
    await licensesCommand(['--root', workspace.root], io);

    // Assess
    expect(io.out()).toBe('Checked 2 installed packages: no copyleft or unknown license.\n');
    expect(io.err()).toContain('css-engine@1.0.0: MPL-2.0');
  });
});
