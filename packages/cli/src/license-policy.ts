import { parseSpdxExpression, type SpdxExpression } from './spdx-expression.js';

/**
 * allowed: permissive. needs-review: a known license that is neither permissive nor strong copyleft (e.g. MPL-2.0):
 * reported, not failed. unknown: no license, UNLICENSED, or not an SPDX expression. copyleft: GPL, AGPL, LGPL, SSPL.
 */
export type LicenseVerdict = 'allowed' | 'needs-review' | 'unknown' | 'copyleft';

const permissive = new Set(
  [
    'MIT',
    'ISC',
    'Apache-2.0',
    'BSD-2-Clause',
    'BSD-3-Clause',
    '0BSD',
    'MIT-0',
    'BlueOak-1.0.0',
    'CC0-1.0',
    'Unlicense',
    'Python-2.0',
    'CC-BY-4.0',
  ].map((id) => id.toLowerCase()),
);

const copyleft = /^(a|l)?gpl(v?\d|-|$)|^sspl(-|$)/i;

// From most to least acceptable: OR takes the best option, AND the worst part.
const rank: readonly LicenseVerdict[] = ['allowed', 'needs-review', 'unknown', 'copyleft'];

function verdictOfId(id: string): LicenseVerdict {
  const bare = id.replace(/\+$/, '');
  if (permissive.has(bare.toLowerCase())) return 'allowed';
  if (copyleft.test(bare)) return 'copyleft';
  if (bare.toUpperCase() === 'UNLICENSED') return 'unknown';
  return 'needs-review';
}

function verdictOf(expression: SpdxExpression): LicenseVerdict {
  if (expression.kind === 'license') return verdictOfId(expression.id);
  const left = rank.indexOf(verdictOf(expression.left));
  const right = rank.indexOf(verdictOf(expression.right));
  return rank[expression.kind === 'or' ? Math.min(left, right) : Math.max(left, right)] ?? 'unknown';
}

/** The verdict on a package's declared license (its package.json `license`), undefined when it declares none. */
export function licenseVerdict(declared: string | undefined): LicenseVerdict {
  if (declared === undefined) return 'unknown';
  const expression = parseSpdxExpression(declared);
  return expression === undefined ? 'unknown' : verdictOf(expression);
}

/** Whether a verdict fails the check (copyleft or unknown); needs-review is only reported. */
export const failsLicenseCheck = (verdict: LicenseVerdict): boolean => verdict === 'copyleft' || verdict === 'unknown';
