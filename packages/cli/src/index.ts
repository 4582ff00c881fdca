export { type CliIo, processIo } from './cli-io.js';
export { licensesCommand } from './commands/licenses.js';
export { rolesCommand } from './commands/roles.js';
export { DependencyTreeNotFoundError, LicenseCheckFailedError, UsageError } from './errors.js';
export { exitCodeFor, exitCodes } from './exit-codes.js';
export { type InstalledPackage, installedPackages } from './installed-packages.js';
export { failsLicenseCheck, type LicenseVerdict, licenseVerdict } from './license-policy.js';
export { runCli } from './run-cli.js';
