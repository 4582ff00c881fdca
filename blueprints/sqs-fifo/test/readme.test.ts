import { readFileSync } from 'node:fs';
import { readmePermissionsSection } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { readmePermissionsTable } from '../scripts/readme-permissions.js';

describe('README.md', () => {
  it('shows the permissions the catalog composes for infra/role.ts (run `pnpm run readme` after changing it)', () => {
    // Prepare
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

    // Act
    const shown = readmePermissionsSection(readme);

    // Assess
    expect(shown).toBe(readmePermissionsTable());
  });
});
