import { describe, expect, it } from 'vitest';
import { markdownTable } from '../src/index.js';

describe('markdownTable', () => {
  it('right-aligns the figure columns and left-aligns the others', () => {
    // Act
    const table = markdownTable([{ header: 'handler' }, { header: 'records/s', numeric: true }], [['loop', '2.1 M/s']]);

    // Assess
    expect(table.split('\n')).toEqual(['| handler | records/s |', '| --- | ---: |', '| loop | 2.1 M/s |']);
  });

  it('escapes pipes and line breaks so a cell cannot break its row', () => {
    // Act
    const table = markdownTable([{ header: 'reason' }], [['a | b\nc']]);

    // Assess
    expect(table.split('\n')[2]).toBe('| a \\| b c |');
  });

  it('leaves cells blank where a row is shorter than the header', () => {
    // Act
    const table = markdownTable([{ header: 'a' }, { header: 'b' }], [['only a']]);

    // Assess
    expect(table.split('\n')[2]).toBe('| only a |  |');
  });
});
