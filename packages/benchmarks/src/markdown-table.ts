/** A column of a markdown table: its header, and whether its cells are figures (right-aligned). */
export interface TableColumn {
  header: string;
  numeric?: boolean;
}

// A pipe inside a cell would end the cell early.
const escapeCell = (cell: string): string => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A GitHub-flavoured markdown table; figures are right-aligned so their digits line up. */
export function markdownTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const alignment = columns.map((column) => (column.numeric ? '---:' : '---'));
  return [
    line(columns.map((column) => column.header)),
    line(alignment),
    ...rows.map((row) => line(columns.map((_, index) => row[index] ?? ''))),
  ].join('\n');
}
