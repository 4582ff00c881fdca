import { readFileSync, writeFileSync } from 'node:fs';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';
import { permissionsTable, withPermissionsTable } from './permissions-table.js';

// Rewrites the README's permissions table from infra/role.ts and infra/config.ts; run after changing either.
const readmeFile = new URL('../README.md', import.meta.url);
writeFileSync(readmeFile, withPermissionsTable(readFileSync(readmeFile, 'utf8'), permissionsTable(role, config)));
console.log('wrote the permissions table of README.md');
