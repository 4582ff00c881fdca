import {
  describeTarget,
  formatCount,
  formatRate,
  formatRatio,
  markdownTable,
  ratio,
  type Target,
  verdict,
} from '../../src/index.js';
import type { BenchPlan } from '../bench-plan.js';
import { type ContenderRole, contenderNames } from '../contender-role.js';
import type { BlueprintFigures } from '../suites/blueprint-figures.js';
import { targets } from '../targets.js';
import type { ReportSection } from './report-section.js';

// What the blueprint is held to against each contender, and how the chart names the comparison.
const comparisons: Partial<Record<ContenderRole, { target: Target; against: string }>> = {
  ceiling: { target: targets.throughputVsCeiling, against: 'hand-written loop' },
  'powertools-inner-schema': { target: targets.throughputVsPowertools, against: 'Powertools innerSchema' },
  'powertools-record-schema': { target: targets.throughputVsPowertools, against: 'Powertools record schema' },
};

export function throughputSection(figures: readonly BlueprintFigures[], plan: BenchPlan): ReportSection {
  const rows: string[][] = [];
  const bars: ReportSection['bars'] = [];
  for (const { folder, throughput } of figures) {
    const blueprint = throughput.find((entry) => entry.contender.role === 'blueprint');
    if (blueprint === undefined) {
      continue;
    }
    const ceiling = throughput.find((entry) => entry.contender.role === 'ceiling');
    for (const { contender, figure } of throughput) {
      const comparison = comparisons[contender.role];
      if (comparison === undefined) {
        rows.push([folder, contenderNames[contender.role], formatRate(figure), '', '', '', '']);
        continue;
      }
      const blueprintVsIt = ratio(blueprint.figure, figure);
      // How far any batch layer could get against it: the ceiling does the same schema and business work with none.
      const ceilingVsIt =
        ceiling === undefined || contender.role === 'ceiling' ? '' : formatRatio(ratio(ceiling.figure, figure));
      rows.push([
        folder,
        contenderNames[contender.role],
        formatRate(figure),
        formatRatio(blueprintVsIt),
        ceilingVsIt,
        describeTarget(comparison.target),
        verdict(blueprintVsIt, comparison.target),
      ]);
      bars.push({
        label: `${folder}: throughput vs ${comparison.against}`,
        value: blueprintVsIt,
        target: comparison.target,
      });
    }
  }
  const { rounds, roundMs, warmUpCalls } = plan.throughput;
  const markdown = [
    '## Throughput',
    '',
    `Target: the blueprint ${describeTarget(targets.throughputVsCeiling)} the records per second of a hand-written ` +
      `loop doing the same work (the ceiling), and ${describeTarget(targets.throughputVsPowertools)} Powertools'. ` +
      `Each handler gets batches of ${plan.batchRecords.toLocaleString('en')} records (the valid sample repeated, ` +
      'every record valid) in one process: after ' +
      `${formatCount(warmUpCalls, 'warm-up call')}, the handlers take turns for ${formatCount(rounds, 'round')} of at least ` +
      `${roundMs} ms (and at least one call) and each gets the ` +
      "median of its rounds. Every contender runs the blueprint's own schema and business logic (its log line per " +
      'record included, for the streams); they differ only in the batch layer around them. Powertools is shown two ' +
      'ways: as its documentation shows it (innerSchema, which extends the record schema again for every record) and ' +
      'at its fastest (the whole-record schema built once). The ceiling against Powertools is the most any batch ' +
      'layer can reach with the same schema and business logic: where it is under the target, so is every batch layer.',
    '',
    markdownTable(
      [
        { header: 'blueprint' },
        { header: 'handler' },
        { header: 'records/s', numeric: true },
        { header: 'the blueprint vs it', numeric: true },
        { header: 'the ceiling vs it', numeric: true },
        { header: 'target' },
        { header: 'result' },
      ],
      rows,
    ),
  ].join('\n');
  return { markdown, bars };
}
