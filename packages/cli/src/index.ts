export { type CliIo, processIo } from './cli-io.js';
export { checkPermissionsCommand } from './commands/check-permissions.js';
export { ejectCommand } from './commands/eject.js';
export { eventsCommand } from './commands/events.js';
export { invokeCommand } from './commands/invoke.js';
export { licensesCommand } from './commands/licenses.js';
export { roleCommand } from './commands/role.js';
export { rolesCommand } from './commands/roles.js';
export { simulateCommand } from './commands/simulate.js';
export { type EjectOptions, type EjectPlan, type PlannedFile, planEject } from './eject/eject-plan.js';
export { writeEjectPlan } from './eject/write-eject-plan.js';
export {
  AmbiguousMappingError,
  DependencyTreeNotFoundError,
  EjectTargetNotEmptyError,
  FunctionInvocationFailedError,
  FunctionPackageNotFoundError,
  FunctionPackageShapeError,
  JsonInputError,
  LicenseCheckFailedError,
  MappedFunctionNotFoundError,
  PackageScriptFailedError,
  PermissionCheckFailedError,
  ProtectedRoleEntryError,
  RecordsLostError,
  ResourceRefError,
  RoleEntryNotFoundError,
  SynthesizedTemplateNotFoundError,
  UnknownFunctionError,
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
export {
  type FunctionRole,
  manifestWithTemplates,
  mergedRole,
  README_SCRIPT,
  readFunctionRole,
  writeFunctionRole,
} from './role-file/function-role.js';
export { refsFor } from './role-file/resource-refs.js';
export { type RoleChange, roleWithEntryAdded, roleWithEntryRemoved } from './role-file/role-changes.js';
export { ROLE_FILE, readRoleEntries, roleEntrySource, roleFileWith } from './role-file/role-file.js';
export { runCli } from './run-cli.js';
export { type HandlerSdkCalls, handlerSdkCalls, type SdkCall } from './sdk-calls/handler-sdk-calls.js';
export type { SdkCommandUse, UnresolvedSdkUse } from './sdk-calls/sdk-call-sites.js';
export { type CommandActions, iamActionsOfCommand } from './sdk-command-actions.js';
export { findWorkspaceFunction, type WorkspaceFunction } from './workspace-function.js';
