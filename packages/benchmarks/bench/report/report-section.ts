import type { ChartBar } from '../../src/index.js';

/** A section of docs/benchmarks.md, and the bars it adds to the summary chart. */
export interface ReportSection {
  markdown: string;
  bars: ChartBar[];
}
