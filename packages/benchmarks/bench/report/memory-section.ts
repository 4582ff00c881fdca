import { formatCount, formatMb, formatRatio, markdownTable, ratio } from '../../src/index.js';
import type { BenchPlan } from '../bench-plan.js';
import { contenderNames } from '../contender-role.js';
import type { BlueprintFigures } from '../suites/blueprint-figures.js';
import type { ReportSection } from './report-section.js';

export function memorySection(figures: readonly BlueprintFigures[], plan: BenchPlan): ReportSection {
  const rows: string[][] = [];
  for (const { folder, peakRss } of figures) {
    const floor = peakRss.find((entry) => entry.contender.role === 'floor');
    if (floor === undefined) {
      continue;
    }
    for (const { contender, figure } of peakRss) {
      rows.push([
        folder,
        contenderNames[contender.role],
        formatMb(figure),
        formatRatio(ratio(figure, floor.figure)),
        formatMb(figure - floor.figure),
      ]);
    }
  }
  const markdown = [
    '## Memory',
    '',
    `No target: for context. The peak resident set size of a fresh \`node\` that imports the handler and invokes it ` +
      `once with ${plan.batchRecords.toLocaleString('en')} records (${formatCount(plan.peakRssRuns, 'run')} per ` +
      'handler, the median where more than one). The floor (the empty handler) holds the parsed event ' +
      'too, so "over the floor" is what the handler itself adds.',
    '',
    markdownTable(
      [
        { header: 'blueprint' },
        { header: 'handler' },
        { header: 'peak RSS', numeric: true },
        { header: 'vs floor', numeric: true },
        { header: 'over the floor', numeric: true },
      ],
      rows,
    ),
  ].join('\n');
  return { markdown, bars: [] };
}
