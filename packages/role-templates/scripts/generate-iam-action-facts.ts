import { writeFile } from 'node:fs/promises';
import { catalogActions } from '../src/catalog.js';
import { buildIamActionFacts, serializeIamActionFacts } from './build-iam-action-facts.js';

const target = new URL('../src/iam-action-facts.generated.json', import.meta.url);
const facts = await buildIamActionFacts(catalogActions());
await writeFile(target, serializeIamActionFacts(facts));
process.stdout.write(`Wrote facts for ${Object.keys(facts.actions).length} actions to ${target.pathname}\n`);
