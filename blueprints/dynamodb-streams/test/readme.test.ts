import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';
import { permissionsTable, readmePermissionsTable, withPermissionsTable } from '../scripts/permissions-table.js';

describe('README.md', () => {
  it('shows the permissions the catalog composes for infra/role.ts (run `pnpm run readme` after changing it)', () => {
    // Prepare
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

    // Act
    const shown = readmePermissionsTable(readme);

    // Assess
    expect(shown).toBe(permissionsTable(role, config));
  });
});

describe('withPermissionsTable', () => {
  it('replaces only what is between the permissions markers, so the table reads back as written', () => {
    // Prepare
    const readme = '# Title\n\n<!-- permissions:start -->\nold\n<!-- permissions:end -->\n\n## Commands\n';

    // Act
    const updated = withPermissionsTable(readme, '| new |');

    // Assess
    expect(updated).toBe('# Title\n\n<!-- permissions:start -->\n| new |\n<!-- permissions:end -->\n\n## Commands\n');
    expect(readmePermissionsTable(updated)).toBe('| new |');
  });

  it('appends the section when the README has no markers', () => {
    // Act
    const updated = withPermissionsTable('# Title\n', '| new |');

    // Assess
    expect(readmePermissionsTable(updated)).toBe('| new |');
    expect(updated.startsWith('# Title\n\n<!-- permissions:start -->')).toBe(true);
  });
});
