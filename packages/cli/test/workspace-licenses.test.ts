import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { licensesCommand } from '../src/index.js';
import { recordingIo } from './recording-io.js';

// The real installed tree: this fails the suite when a GPL/AGPL/LGPL/SSPL or unlicensed package enters the lock file.
describe('the workspace dependency tree', () => {
  it('has no copyleft or unknown license', async () => {
    // Prepare
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const io = recordingIo();

    // Act
    await licensesCommand(['--root', root], io);

    // Assess
    expect(io.out()).toMatch(/^Checked \d+ installed packages: no copyleft or unknown license\.\n$/);
  });
});
