import { readFileSync, writeFileSync } from 'node:fs';
import { withReadmePermissionsSection } from '@lambda-blueprints/role-templates';
import { readmePermissionsTable } from './readme-permissions.js';

// Rewrites the README's permissions table from infra/role.ts and infra/config.ts; run after changing either.
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withReadmePermissionsSection(readFileSync(readme, 'utf8'), readmePermissionsTable()));
console.log('wrote the permissions table of README.md');
