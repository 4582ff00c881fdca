import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

export interface TestAppsOptions {
  /**
   * The package's cdk.json: every app gets its `context`, so tests synthesize what `cdk synth` does.
   * @default - no context
   */
  readonly cdkJson?: URL;
}

export interface TestAppOptions {
  /**
   * Run cdk-nag's AwsSolutions checks: `app.synth()` then throws on any finding not acknowledged with a reason.
   * @default false
   */
  readonly awsSolutionsChecks?: boolean;
  /**
   * Run aws-cdk-lib's built-in CloudFormation validation (schema and value rules, cfn-lint's) with its errors failing
   * `app.synth()`, as the `@aws-cdk/core:validateAgainstDefaultRules` flag makes them.
   * @default false
   */
  readonly cloudFormationRules?: boolean;
}

// The feature flag that turns the built-in validation's errors from warnings into a failed synth.
const VALIDATE_AGAINST_DEFAULT_RULES = '@aws-cdk/core:validateAgainstDefaultRules';

const contextOf = (cdkJson: URL | undefined): Record<string, unknown> =>
  cdkJson === undefined
    ? {}
    : ((JSON.parse(readFileSync(cdkJson, 'utf8')) as { context?: Record<string, unknown> }).context ?? {});

/**
 * The CDK apps of one test file, each writing its output into its own folder under one temporary folder, so no
 * `cdk.out*` folder is left in the OS temp dir: call `dispose()` once the file's tests are done (in `afterAll`).
 */
export class TestApps {
  private readonly root = mkdtempSync(join(tmpdir(), 'cdk-test-apps-'));
  private readonly context: Record<string, unknown>;
  private apps = 0;

  constructor(options: TestAppsOptions = {}) {
    this.context = contextOf(options.cdkJson);
  }

  /** A new app with the context of cdk.json, and cdk-nag's checks or CloudFormation's rules when asked for. */
  newApp(options: TestAppOptions = {}): App {
    this.apps += 1;
    const cloudFormationRules = options.cloudFormationRules ?? false;
    const app = new App({
      outdir: join(this.root, `cdk.out-${this.apps}`),
      context: cloudFormationRules ? { ...this.context, [VALIDATE_AGAINST_DEFAULT_RULES]: true } : this.context,
      // Otherwise off: by default the built-in validation only warns, which no test reads, and its WebAssembly engine
      // costs over a second per test file. Asked for, it fails synth on an error (describeCloudFormationRules).
      builtinCloudFormationValidation: cloudFormationRules,
    });
    if (options.awsSolutionsChecks) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    return app;
  }

  /** Removes every app's output. */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
