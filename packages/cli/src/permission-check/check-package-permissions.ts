import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { CloudFormationTemplate } from '@lambda-blueprints/testing';
import { MappedFunctionNotFoundError } from '../errors.js';
import { type HandlerSdkCalls, handlerSdkCalls } from '../sdk-calls/handler-sdk-calls.js';
import { deployedFunctions } from './deployed-functions.js';
import { HANDLER_ENTRY, readFunctionPackage } from './function-package.js';
import { type PermissionFinding, permissionFindings } from './permission-findings.js';

export interface CheckPermissionsOptions {
  /**
   * Report unused grants and unknown calls as errors.
   * @default false
   */
  strict?: boolean;
  /**
   * Where the package's cloud assembly is, relative to the package (or absolute).
   * @default 'cdk.out'
   */
  cdkOut?: string;
}

/** The result for one function of the package's synthesized templates. */
export interface FunctionPermissionReport {
  /** The template, relative to the package when inside it (`cdk.out/SqsBlueprint.template.json`). */
  template: string;
  logicalId: string;
  roleLogicalId: string | undefined;
  findings: PermissionFinding[];
}

/** The result for one blueprint or generated function. */
export interface PackagePermissionReport {
  directory: string;
  name: string;
  /** What the handler code sends, found in its source. */
  code: HandlerSdkCalls;
  functions: FunctionPermissionReport[];
}

/**
 * Checks a blueprint or generated function before deploy: what its handler code sends with the AWS SDK (static
 * analysis of src/handler.ts and the files it imports) and what Lambda needs for its event source, logs, tracing,
 * VPC and on-failure destination, against the role of each mapped function in its synthesized template
 * (cdk.out/*.template.json: run its synth first).
 */
export async function checkPackagePermissions(
  directory: string,
  options: CheckPermissionsOptions = {},
): Promise<PackagePermissionReport> {
  const functionPackage = await readFunctionPackage(directory, options.cdkOut);
  const code = await handlerSdkCalls(functionPackage.directory, HANDLER_ENTRY);
  const findingOptions = { strict: options.strict ?? false, roleFile: functionPackage.roleFile };
  const functions: FunctionPermissionReport[] = [];
  for (const templateFile of functionPackage.templates) {
    const template = JSON.parse(await readFile(templateFile, 'utf8')) as CloudFormationTemplate;
    for (const fn of deployedFunctions(template)) {
      functions.push({
        template: templateFile.startsWith(`${functionPackage.directory}${sep}`)
          ? relative(functionPackage.directory, templateFile)
          : templateFile,
        logicalId: fn.logicalId,
        roleLogicalId: fn.roleLogicalId,
        findings: await permissionFindings(fn, code, findingOptions),
      });
    }
  }
  if (functions.length === 0) throw new MappedFunctionNotFoundError(functionPackage.templates);
  return { directory: functionPackage.directory, name: functionPackage.name, code, functions };
}

/** Whether a report has an error (missing or wildcard; with strict also unused and unknown). */
export const hasErrors = (report: PackagePermissionReport): boolean =>
  report.functions.some((fn) => fn.findings.some((finding) => finding.severity === 'error'));
