import type { CliIo } from '../cli-io.js';
import { LicenseCheckFailedError } from '../errors.js';
import { type InstalledPackage, installedPackages } from '../installed-packages.js';
import { failsLicenseCheck, type LicenseVerdict, licenseVerdict } from '../license-policy.js';
import { parseFlags } from '../parse-flags.js';
import { findWorkspaceRoot } from '../workspace-root.js';

export const licensesHelp = `Usage: blueprints licenses [--root <dir>]

Checks the license of every installed package of the workspace (node_modules/.pnpm: dev and optional dependencies
included). Fails on GPL, AGPL, LGPL and SSPL licenses and on packages with no or an unreadable license. Allowed:
MIT, ISC, Apache-2.0, BSD-2-Clause, BSD-3-Clause, 0BSD, MIT-0, BlueOak-1.0.0, CC0-1.0, Unlicense, Python-2.0,
CC-BY-4.0 and SPDX expressions of them, e.g. (MIT OR Apache-2.0). Other licenses (e.g. MPL-2.0) are listed for review.

  --root <dir>  the workspace root (default: the nearest pnpm-workspace.yaml above the current directory)
  -h, --help    this help

Exit codes: 0 all allowed, 1 a package fails, 2 bad flags or no installed tree.
`;

const reasons: Readonly<Record<LicenseVerdict, string>> = {
  allowed: 'allowed',
  'needs-review': 'neither on the allow list nor copyleft: review it',
  unknown: 'no license, or not an SPDX expression',
  copyleft: 'copyleft license',
};

const lineFor = ({ name, version, license }: InstalledPackage, verdict: LicenseVerdict): string =>
  `  ${name}@${version}: ${license ?? '(none)'} (${reasons[verdict]})`;

/** `blueprints licenses`: fails (LicenseCheckFailedError) naming each installed package whose license is not allowed. */
export async function licensesCommand(args: readonly string[], io: CliIo): Promise<void> {
  const values = parseFlags('licenses', args, { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(licensesHelp);
    return;
  }
  const packages = await installedPackages(values.root ?? findWorkspaceRoot(process.cwd()));
  const judged = packages.map((installed) => ({ installed, verdict: licenseVerdict(installed.license) }));
  const failing = judged.filter(({ verdict }) => failsLicenseCheck(verdict));
  const review = judged.filter(({ verdict }) => verdict === 'needs-review');

  if (review.length > 0) {
    io.stderr(
      `${review.length} package(s) to review:\n${review.map((p) => lineFor(p.installed, p.verdict)).join('\n')}\n`,
    );
  }
  if (failing.length > 0) {
    throw new LicenseCheckFailedError(
      `${failing.length} of ${packages.length} installed packages have a license that is not allowed:\n` +
        `${failing.map((p) => lineFor(p.installed, p.verdict)).join('\n')}\n` +
        'Remove them from the dependency tree (pnpm why <name> shows who pulls them in), or replace them.',
    );
  }
  io.stdout(`Checked ${packages.length} installed packages: no copyleft or unknown license.\n`);
}
