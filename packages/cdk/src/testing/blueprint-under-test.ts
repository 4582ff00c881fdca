import type { ResourceRef, RoleSpec, TemplateId } from '@lambda-blueprints/role-templates';
import { FAKE_AWS_CONTEXT, type SynthesizedRole, synthesizedFunctionRole } from '@lambda-blueprints/testing';
import type { App } from 'aws-cdk-lib';
import { afterAll } from 'vitest';
import type { BlueprintFunction } from '../blueprint-function.js';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintFunctionStack } from '../blueprint-function-stack.js';
import { functionRoleArns, type RoleResourceArns } from '../function-role-arns.js';
import { logicalIdOf } from './logical-ids.js';
import { requireResource } from './required-resource.js';
import { type SynthesizedStack, synthesizeForTest } from './synthesize-for-test.js';
import { type TestAppOptions, TestApps } from './test-apps.js';

/** A blueprint package's stack as the shared tests read it: its settings, and the function it makes. */
export type BlueprintStackUnderTest<TConfig extends BlueprintFunctionConfig> = BlueprintFunctionStack<TConfig> & {
  readonly consumer: BlueprintFunction;
};

/** What a test passes the stack instead of the package's infra/config.ts or infra/role.ts. */
export interface BlueprintTestProps<TConfig extends BlueprintFunctionConfig> {
  readonly config?: TConfig;
  readonly role?: RoleSpec;
}

/** Changes to a config; `source` changes only the settings it names. */
export type ConfigChanges<TConfig extends BlueprintFunctionConfig> = Partial<
  Omit<BlueprintFunctionConfig, 'source'>
> & {
  readonly source?: Partial<TConfig['source']>;
};

export interface BlueprintUnderTestOptions<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
> {
  /** The package's folder (`new URL('..', import.meta.url)` from test/): its cdk.json and package.json. */
  readonly packageDirectory: URL;
  /** The package's infra/config.ts: the shared tests derive what they expect from it. */
  readonly config: TConfig;
  /** The package's infra/role.ts. */
  readonly role: RoleSpec;
  /** Makes the package's stack in `app`; `props` stand in for infra/config.ts or infra/role.ts. */
  newStack(app: App, props: BlueprintTestProps<TConfig>): TStack;
  /**
   * The fake ARNs (see `fakeArnOf` of @lambda-blueprints/testing) of the role's resources that only the stack knows,
   * found from its own resources: `source`, and `consumer` and `on-failure` where it has them.
   */
  stackArns(synthesized: SynthesizedStack<TStack>): RoleResourceArns;
}

/**
 * A blueprint package under test: synthesizes its stack as infra/config.ts and infra/role.ts are, or with other
 * settings, and reads the function's role. Made by `blueprintUnderTest`; the shared suites (`describeBlueprintRole`,
 * ...) take one.
 */
export class BlueprintUnderTest<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
> {
  readonly config: TConfig;
  readonly role: RoleSpec;
  readonly packageJson: URL;
  /**
   * infra/config.ts in scoped mode with a role of its own: the least-privilege checks read a role the stack creates,
   * whatever infra/config.ts chooses.
   */
  readonly scopedConfig: TConfig;
  private readonly apps: TestApps;
  private configuredStack: SynthesizedStack<TStack> | undefined;
  private scopedStack: SynthesizedStack<TStack> | undefined;

  constructor(private readonly options: BlueprintUnderTestOptions<TConfig, TStack>) {
    this.config = options.config;
    this.role = options.role;
    this.packageJson = new URL('package.json', options.packageDirectory);
    this.scopedConfig = { ...options.config, roleMode: 'scoped', existingRoleArn: undefined };
    this.apps = new TestApps({ cdkJson: new URL('cdk.json', options.packageDirectory) });
  }

  /** The stack as infra/config.ts and infra/role.ts make it (synthesized once, on first use). */
  get configured(): SynthesizedStack<TStack> {
    this.configuredStack ??= this.synth();
    return this.configuredStack;
  }

  /** The stack with `scopedConfig` (synthesized once, on first use). */
  get scoped(): SynthesizedStack<TStack> {
    this.scopedStack ??= this.synth({ config: this.scopedConfig });
    return this.scopedStack;
  }

  /** A new app with the context of the package's cdk.json (and cdk-nag's checks when asked for). */
  newApp(options: TestAppOptions = {}): App {
    return this.apps.newApp(options);
  }

  /** Synthesizes the package's stack in `app` (a new one unless given), with `props` in place of its files. */
  synth(props: BlueprintTestProps<TConfig> = {}, app: App = this.newApp()): SynthesizedStack<TStack> {
    return synthesizeForTest(this.options.newStack(app, props));
  }

  /** infra/config.ts with `changes`. */
  configWith(changes: ConfigChanges<TConfig>): TConfig {
    return mergedConfig(this.config, changes);
  }

  /** `scopedConfig` with `changes`. */
  scopedConfigWith(changes: ConfigChanges<TConfig>): TConfig {
    return mergedConfig(this.scopedConfig, changes);
  }

  /** infra/role.ts without the entries of `templates`. */
  roleWithout(...templates: TemplateId[]): RoleSpec {
    return this.role.filter((entry) => !templates.includes(entry.template));
  }

  /** infra/role.ts with `entries` (in place of the entries of the same templates it has). */
  roleWith(...entries: RoleSpec): RoleSpec {
    return [...this.roleWithout(...entries.map((entry) => entry.template)), ...entries];
  }

  /** The function's role in a synthesized stack, every intrinsic resolved to the fake environment's ARNs. */
  roleOf({ json, stack }: SynthesizedStack<TStack>): SynthesizedRole {
    return synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
  }

  /** The fake ARN of every resource the function's role names in a synthesized stack. */
  roleArnsOf(synthesized: SynthesizedStack<TStack>): RoleResourceArns {
    return functionRoleArns(FAKE_AWS_CONTEXT, synthesized.stack.config, this.options.stackArns(synthesized));
  }

  /** The fake ARN of `ref` in a synthesized stack; throws MissingStackResourceError when the stack has none. */
  requiredArnOf(synthesized: SynthesizedStack<TStack>, ref: ResourceRef): string {
    return requireResource(
      this.roleArnsOf(synthesized)[ref],
      `ARN for "${ref}"`,
      'Return it from the stackArns of blueprintUnderTest, or make infra/config.ts create that resource.',
    );
  }

  /** Removes the output of every app synthesized. */
  dispose(): void {
    this.apps.dispose();
  }
}

function mergedConfig<TConfig extends BlueprintFunctionConfig>(
  base: TConfig,
  changes: ConfigChanges<TConfig>,
): TConfig {
  return { ...base, ...changes, source: { ...base.source, ...changes.source } };
}

/**
 * The blueprint package a test file checks; call it at the top level of the file: the synthesized output is removed
 * once the file's tests are done.
 */
export function blueprintUnderTest<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(options: BlueprintUnderTestOptions<TConfig, TStack>): BlueprintUnderTest<TConfig, TStack> {
  const blueprint = new BlueprintUnderTest(options);
  afterAll(() => blueprint.dispose());
  return blueprint;
}
