import { readFileSync } from 'node:fs';
import { isAllowed, logGroupArn, type RoleSpec } from '@lambda-blueprints/role-templates';
import { catalogRoleComparison, FAKE_AWS_CONTEXT, foreignArn, functionRoleLogicalId } from '@lambda-blueprints/testing';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import { logicalIdOf } from './logical-ids.js';

// What every function needs on its own log group (the Lambda guide), independent of the catalog under test.
const LOG_ACTIONS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];
const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
const ANOTHER_KEY_ARN = foreignArn('kms', 'key/00000000-0000-4000-8000-000000000000');

/**
 * The checks of a blueprint's execution role that hold for every source: its least-privilege statements on the log
 * group and the source key, that infra/role.ts alone makes the role (the catalog's composition, in both modes), that
 * package.json lists it, and that synth warns when infra/config.ts needs a template infra/role.ts lacks.
 */
export function describeBlueprintRole<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>): void {
  const { config, role } = blueprint;
  const withSourceKey = blueprint.scopedConfigWith({ source: { keyArn: KEY_ARN } as Partial<TConfig['source']> });
  const keyLine: RoleSpec = [{ template: 'kms-decrypt', on: 'source-key' }];

  describe('the execution role in scoped mode', () => {
    it('lets the function write logs to its own log group only', () => {
      // Prepare
      const { policyDocuments } = blueprint.roleOf(blueprint.scoped);
      const ownLogGroup = logGroupArn(FAKE_AWS_CONTEXT, config.functionName);
      const otherLogGroup = logGroupArn(FAKE_AWS_CONTEXT, 'another-function');

      // Act
      const allowedOn = (resource: string) =>
        LOG_ACTIONS.filter((action) => isAllowed(policyDocuments, action, resource));

      // Assess
      expect(allowedOn(ownLogGroup)).toEqual(LOG_ACTIONS);
      expect(allowedOn(`${ownLogGroup}:log-stream:2025/01/01/[$LATEST]abc`)).toEqual(LOG_ACTIONS);
      expect(allowedOn(otherLogGroup)).toEqual([]);
      expect(allowedOn(`${otherLogGroup}:log-stream:x`)).toEqual([]);
    });

    it('changes only the role when a line is added to infra/role.ts', () => {
      // Prepare
      const before = blueprint.synth({ config: blueprint.scopedConfig, role: blueprint.roleWithout('xray-write') });

      // Act
      const after = blueprint.synth({
        config: blueprint.scopedConfig,
        role: blueprint.roleWith({ template: 'xray-write' }),
      });

      // Assess
      const roleId = functionRoleLogicalId(after.json, logicalIdOf(after.stack.consumer.lambdaFunction));
      const { [roleId]: roleBefore, ...restBefore } = before.json.Resources ?? {};
      const { [roleId]: roleAfter, ...restAfter } = after.json.Resources ?? {};
      expect(restAfter).toEqual(restBefore);
      expect(roleAfter).not.toEqual(roleBefore);
      expect(isAllowed(blueprint.roleOf(after).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(true);
      expect(isAllowed(blueprint.roleOf(before).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(false);
    });

    it('allows kms:Decrypt on the configured source key only, once infra/role.ts has kms-decrypt on source-key', () => {
      // Act
      const synthesized = blueprint.synth({ config: withSourceKey, role: blueprint.roleWith(...keyLine) });

      // Assess
      const { policyDocuments } = blueprint.roleOf(synthesized);
      const allowed = [KEY_ARN, ANOTHER_KEY_ARN].map((key) => isAllowed(policyDocuments, 'kms:Decrypt', key));
      expect(allowed).toEqual([true, false]);
    });
  });

  describe('the execution role', () => {
    it.each(['scoped', 'managed'] as const)(
      'holds exactly what the catalog composes for infra/role.ts in %s mode',
      (roleMode) => {
        // Prepare
        const synthesized = blueprint.synth({ config: blueprint.configWith({ roleMode, existingRoleArn: undefined }) });
        const arns = blueprint.roleArnsOf(synthesized);

        // Act
        const { synthesized: held, catalog } = catalogRoleComparison(synthesized.json, { role, arns, mode: roleMode });

        // Assess
        expect(held).toEqual(catalog);
      },
    );

    it('is what package.json lists as the blueprint templates, in order', () => {
      // Prepare
      const packageJson = JSON.parse(readFileSync(blueprint.packageJson, 'utf8'));

      // Act
      const listed = packageJson.blueprint.templates;

      // Assess
      expect(listed).toEqual(role.map((entry) => entry.template));
    });

    it('lacks no template that infra/config.ts implies', () => {
      // Act
      const annotations = Annotations.fromStack(blueprint.configured.stack);

      // Assess
      annotations.hasNoWarning('*', Match.stringLikeRegexp('role prop lacks'));
    });

    const lacks = [
      { turnedOn: 'tracing', settings: blueprint.configWith({ tracing: true }), template: 'xray-write' },
      { turnedOn: 'a source key', settings: withSourceKey, template: 'kms-decrypt' },
    ] as const;
    for (const { turnedOn, settings, template } of lacks) {
      it(`is reported at synth when infra/config.ts turns on ${turnedOn} and infra/role.ts lacks ${template}`, () => {
        // Act
        const synthesized = blueprint.synth({ config: settings, role: blueprint.roleWithout(template) });

        // Assess
        Annotations.fromStack(synthesized.stack).hasWarning('*', Match.stringLikeRegexp(`role prop lacks ${template}`));
      });
    }
  });
}
