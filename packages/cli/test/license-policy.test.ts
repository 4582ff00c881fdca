import { describe, expect, it } from 'vitest';
import { failsLicenseCheck, licenseVerdict } from '../src/index.js';

describe('licenseVerdict', () => {
  it.each([
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
  ])('allows %s', (license) => {
    expect(licenseVerdict(license)).toBe('allowed');
  });

  it.each(['GPL-3.0', 'GPL-2.0-only', 'GPL-3.0-or-later', 'GPL-2.0+', 'AGPL-3.0', 'LGPL-2.1', 'SSPL-1.0', 'GPLv3'])(
    'fails %s as copyleft',
    (license) => {
      // Act
      const verdict = licenseVerdict(license);

      // Assess
      expect(verdict).toBe('copyleft');
      expect(failsLicenseCheck(verdict)).toBe(true);
    },
  );

  it('allows an OR expression with one permissive option', () => {
    expect(licenseVerdict('(GPL-3.0 OR MIT)')).toBe('allowed');
  });

  it('fails an AND expression with one copyleft part', () => {
    expect(licenseVerdict('(MIT AND LGPL-3.0)')).toBe('copyleft');
  });

  it('allows an AND expression of permissive licenses', () => {
    expect(licenseVerdict('MIT AND (BSD-3-Clause OR GPL-2.0) AND Apache-2.0')).toBe('allowed');
  });

  it('judges a license WITH an exception by the license', () => {
    expect(licenseVerdict('GPL-2.0-only WITH Classpath-exception-2.0')).toBe('copyleft');
    expect(licenseVerdict('Apache-2.0 WITH LLVM-exception')).toBe('allowed');
  });

  it('matches license ids and operators whatever their case', () => {
    expect(licenseVerdict('mit or gpl-3.0')).toBe('allowed');
  });

  it.each([undefined, 'UNLICENSED', 'SEE LICENSE IN LICENSE.md', 'Apache 2.0', '(MIT', 'MIT OR', ''])(
    'fails %j as unknown',
    (license) => {
      // Act
      const verdict = licenseVerdict(license);

      // Assess
      expect(verdict).toBe('unknown');
      expect(failsLicenseCheck(verdict)).toBe(true);
    },
  );

  it('asks to review, without failing, a known license that is neither permissive nor copyleft', () => {
    // Act
    const verdict = licenseVerdict('MPL-2.0');

    // Assess
    expect(verdict).toBe('needs-review');
    expect(failsLicenseCheck(verdict)).toBe(false);
  });

  it('prefers the best option of an OR and the worst part of an AND', () => {
    expect(licenseVerdict('MPL-2.0 OR GPL-3.0')).toBe('needs-review');
    expect(licenseVerdict('MPL-2.0 AND MIT')).toBe('needs-review');
  });
});
