import { fileURLToPath } from 'node:url';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { Duration, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { BlueprintFunctionProps } from './blueprint-function.js';
import type { BlueprintFunctionConfig } from './blueprint-function-config.js';
import { BlueprintStack } from './blueprint-stack.js';
import { type ImportedVpcPlacement, importVpcPlacement } from './vpc-placement.js';

/** Props of a BlueprintFunctionStack: tests pass other settings, `cdk synth` and `cdk deploy` use the package's files. */
export interface BlueprintFunctionStackProps<TConfig extends BlueprintFunctionConfig> extends StackProps {
  /**
   * The function's settings.
   * @default - the package's infra/config.ts
   */
  readonly config?: TConfig;
  /**
   * The execution role's templates.
   * @default - the package's infra/role.ts
   */
  readonly role?: RoleSpec;
  /**
   * The folder of the bundled handler (handler.mjs).
   * @default - the package's dist/, made by `pnpm run build`
   */
  readonly codeDirectory?: string;
}

/** What a blueprint package's own files give its stack: infra/config.ts, infra/role.ts and the dist/ folder. */
export interface BlueprintPackageFiles<TConfig extends BlueprintFunctionConfig> {
  readonly config: TConfig;
  readonly role: RoleSpec;
  /** The folder of the bundled handler, as a path or a file URL (`new URL('../dist', import.meta.url)`). */
  readonly codeDirectory: string | URL;
}

/**
 * The stack of a blueprint package (or of a function generated from one): a BlueprintStack named after the function
 * of its infra/config.ts, whose subclass creates the source and then the BlueprintFunction from `functionProps()`.
 */
export abstract class BlueprintFunctionStack<TConfig extends BlueprintFunctionConfig> extends BlueprintStack {
  /** The function's settings: the `config` prop, or the package's infra/config.ts. */
  readonly config: TConfig;
  private readonly roleSpec: RoleSpec;
  private readonly codeDirectory: string;
  private readonly vpcPlacement: ImportedVpcPlacement | undefined;

  constructor(
    scope: Construct,
    id: string,
    props: BlueprintFunctionStackProps<TConfig>,
    packageFiles: BlueprintPackageFiles<TConfig>,
  ) {
    const config = props.config ?? packageFiles.config;
    super(scope, id, { ...props, blueprint: config.functionName, description: config.description });
    this.config = config;
    this.roleSpec = props.role ?? packageFiles.role;
    this.codeDirectory = props.codeDirectory ?? pathOf(packageFiles.codeDirectory);
    this.vpcPlacement = config.vpc && importVpcPlacement(this, config.vpc);
  }

  /**
   * The BlueprintFunction props the config and the role give, which are the same for every source: all but `source`
   * and `sinks`.
   */
  protected functionProps(): Omit<BlueprintFunctionProps, 'source' | 'sinks'> {
    const { config } = this;
    return {
      codeDirectory: this.codeDirectory,
      functionName: config.functionName,
      description: config.description,
      timeout: Duration.seconds(config.timeoutSeconds),
      memorySize: config.memorySize,
      tracing: config.tracing,
      ...this.vpcPlacement,
      role: this.roleSpec,
      roleMode: config.roleMode,
      existingRoleArn: config.existingRoleArn,
    };
  }
}

const pathOf = (directory: string | URL): string =>
  typeof directory === 'string' ? directory : fileURLToPath(directory);
