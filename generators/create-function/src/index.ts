export {
  type BlueprintSource,
  type ExistingSource,
  type FunctionAnswers,
  type PartialAnswers,
  type SettingId,
  type SourceSettings,
  type VpcAnswer,
  type WithChoice,
  withChoices,
} from './answers.js';
export { type BlueprintInfo, readBlueprints } from './blueprint-catalog.js';
export { type CreateFunctionOptions, type CreateFunctionResult, createFunction } from './create-function.js';
export {
  BlueprintShapeError,
  CancelledError,
  FunctionExistsError,
  FunctionPermissionsError,
  InvalidFlagError,
  InvalidInputError,
  LinkFailedError,
  MissingFlagError,
  ScaffoldFailedError,
  SynthFailedError,
  WorkspaceNotFoundError,
} from './errors.js';
export { exitCodeFor, exitCodes } from './exit-codes.js';
export { helpText, type ParsedFlags, parseFlags } from './flags.js';
export { lockUnlockedFunctions } from './function-locking.js';
export { type DependencyManifest, lockfileWithImporters, type WorkspacePackage } from './lockfile-importer.js';
export { type CliProcess, runCli } from './run-cli.js';
export { type ValidationContext, validateAnswers } from './validation.js';
export { findWorkspaceRoot, workspaceContext } from './workspace-context.js';
