import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { catalogDocument, catalogDocumentCommand, catalogDocumentPath } from '../src/catalog-document.js';
import { rolesCommand, UsageError } from '../src/index.js';
import { recordingIo } from './recording-io.js';

describe('the catalog document', () => {
  it('is committed as the catalog generates it', async () => {
    // Prepare
    const committedPath = fileURLToPath(new URL(`../../../${catalogDocumentPath}`, import.meta.url));

    // Act
    const committed = await readFile(committedPath, 'utf8').catch(() => '(missing)');

    // Assess
    expect(committed, `${catalogDocumentPath} is stale: regenerate it with \`${catalogDocumentCommand}\``).toBe(
      catalogDocument('aws'),
    );
  });

  it('has one row per template with its managed policy, its scoped permissions and what implies it', () => {
    // Act
    const rows = catalogDocument('aws').split('\n');

    // Assess
    for (const template of catalog) {
      const row = rows.filter((line) => line.startsWith(`| \`${template.id}\` |`));
      expect(row).toHaveLength(1);
      expect(row[0]).toContain(template.impliedBy);
      expect(row[0]).toContain(template.managedPolicy ?? '(none: AWS has no managed policy)');
    }
    expect(rows).toContain('| `tracing` | `--with xray` | `xray-write` | X-Ray active tracing |');
    expect(rows).toContain(
      "| `onFailure: 's3'` | `--on-failure s3` | `s3-put` | the stream's on-failure destination |",
    );
  });

  it('is written by roles --list --write', async () => {
    // Prepare
    const directory = await mkdtemp(join(tmpdir(), 'blueprints-catalog-'));
    const file = join(directory, 'role-templates.md');
    const io = recordingIo();

    // Act
    rolesCommand(['--list', '--write', file], io);

    // Assess
    expect(await readFile(file, 'utf8')).toBe(catalogDocument('aws'));
    expect(io.out()).toBe(`Wrote the catalog of role templates to ${file}.\n`);
    await rm(directory, { recursive: true, force: true });
  });

  it('refuses --write without --list', () => {
    expect(() => rolesCommand(['--source', 'sqs', '--write', 'role.md'], recordingIo())).toThrow(UsageError);
  });
});
