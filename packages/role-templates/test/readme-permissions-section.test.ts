import { describe, expect, it } from 'vitest';
import { readmePermissionsSection, withReadmePermissionsSection } from '../src/index.js';

const readme = (section: string) =>
  `# Title\n\n<!-- permissions:start -->\n${section}\n<!-- permissions:end -->\n\n## Next\n`;

describe('withReadmePermissionsSection', () => {
  it('replaces only what is between the permissions markers, so the table reads back as written', () => {
    // Act
    const updated = withReadmePermissionsSection(readme('old'), '| new |');

    // Assess
    expect(updated).toBe(readme('| new |'));
    expect(readmePermissionsSection(updated)).toBe('| new |');
  });

  it('appends the section to a README without markers', () => {
    // Act
    const updated = withReadmePermissionsSection('# Title\n', '| new |');

    // Assess
    expect(updated).toBe('# Title\n\n<!-- permissions:start -->\n| new |\n<!-- permissions:end -->\n');
  });
});

describe('readmePermissionsSection', () => {
  it('finds no section when the end marker comes before the start marker', () => {
    // Act
    const section = readmePermissionsSection('<!-- permissions:end -->\n| x |\n<!-- permissions:start -->\n');

    // Assess
    expect(section).toBeUndefined();
  });
});
