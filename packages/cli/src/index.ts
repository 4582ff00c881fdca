export { type CliIo, processIo } from './cli-io.js';
export { checkPermissionsCommand } from './commands/check-permissions.js';
export { ejectCommand } from './commands/eject.js';
export { eventsCommand } from './commands/events.js';
export { invokeCommand } from './commands/invoke.js';
export { licensesCommand } from './commands/licenses.js';
export { rolesCommand } from './commands/roles.js';
export { simulateCommand } from './commands/simulate.js';
export { type EjectOptions, type EjectPlan, type PlannedFile, planEject } from './eject/eject-plan.js';
export { writeEjectPlan } from './eject/write-eject-plan.js';
export {
  AmbiguousMappingError,
  DependencyTreeNotFoundError,
  EjectSourceNotFoundError,
  EjectTargetNotEmptyError,
  FunctionInvocationFailedError,
  FunctionPackageNotFoundError,
  JsonInputError,
  LicenseCheckFailedError,
  MappedFunctionNotFoundError,
  PackageScriptFailedError,
  PermissionCheckFailedError,
  RecordsLostError,
  SynthesizedTemplateNotFoundError,
  UnpublishedDependencyError,
  UsageError,
  WorkspaceReferenceError,
} from './errors.js';
export { exitCodeFor, exitCodes } from './exit-codes.js';
export { type InstalledPackage, installedPackages } from './installed-packages.js';
export { failsLicenseCheck, type LicenseVerdict, licenseVerdict } from './license-policy.js';
export {
  type CheckPermissionsOptions,
  checkPackagePermissions,
  type FunctionPermissionReport,
  hasErrors,
  type PackagePermissionReport,
} from './permission-check/check-package-permissions.js';
export type { DeployedFunction, FunctionEventSource, KeyUse } from './permission-check/deployed-functions.js';
export { workspaceFunctionPackages } from './permission-check/function-package.js';
export type { FindingKind, PermissionFinding } from './permission-check/permission-findings.js';
export { runCli } from './run-cli.js';
export { type HandlerSdkCalls, handlerSdkCalls, type SdkCall } from './sdk-calls/handler-sdk-calls.js';
export type { SdkCommandUse, UnresolvedSdkUse } from './sdk-calls/sdk-call-sites.js';
export { type CommandActions, iamActionsOfCommand } from './sdk-command-actions.js';
