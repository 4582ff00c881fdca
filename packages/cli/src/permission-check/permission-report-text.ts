import type { FunctionPermissionReport, PackagePermissionReport } from './check-package-permissions.js';
import type { PermissionFinding } from './permission-findings.js';

/** A package's report as lines: errors (what fails the check), warnings, and one line per function that passed. */
export interface PermissionReportText {
  errors: string[];
  warnings: string[];
  passed: string[];
}

const findingLine = (where: string, finding: PermissionFinding): string =>
  `${where}: ${finding.severity} [${finding.kind}] ${finding.message}`;

function passedLine(where: string, report: PackagePermissionReport, fn: FunctionPermissionReport): string {
  const actions = [...new Set(report.code.calls.flatMap((call) => call.actions))].sort();
  const code =
    actions.length === 0
      ? 'the code sends no AWS SDK command; the role allows what Lambda needs'
      : `the role allows the ${actions.length} action(s) the code sends (${actions.join(', ')}) and what Lambda needs`;
  const warnings = fn.findings.length === 0 ? '' : ` (${fn.findings.length} warning(s) above)`;
  return `${where}: passed: ${code}${warnings}.`;
}

/** Formats a package's report; `label` names the package (its folder as the user gave it). */
export function permissionReportText(report: PackagePermissionReport, label: string): PermissionReportText {
  const text: PermissionReportText = { errors: [], warnings: [], passed: [] };
  for (const fn of report.functions) {
    const where = `${label}: ${fn.logicalId} (${fn.template})`;
    const errors = fn.findings.filter((finding) => finding.severity === 'error');
    text.errors.push(...errors.map((finding) => findingLine(where, finding)));
    text.warnings.push(
      ...fn.findings.filter((finding) => finding.severity === 'warning').map((finding) => findingLine(where, finding)),
    );
    if (errors.length === 0) text.passed.push(passedLine(where, report, fn));
  }
  return text;
}
