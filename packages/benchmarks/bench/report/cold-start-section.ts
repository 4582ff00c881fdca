import {
  describeTarget,
  formatCount,
  formatKb,
  formatMs,
  formatRatio,
  markdownTable,
  ratio,
  verdict,
} from '../../src/index.js';
import type { BenchPlan } from '../bench-plan.js';
import { contenderNames } from '../contender-role.js';
import type { BlueprintFigures } from '../suites/blueprint-figures.js';
import { targets } from '../targets.js';
import type { ReportSection } from './report-section.js';

const kbOf = (bytes: number): number => bytes / 1024;
const formatKbTarget = (kb: number): string => `${kb} KB`;

export function coldStartSection(figures: readonly BlueprintFigures[], plan: BenchPlan): ReportSection {
  const targetRows: string[][] = [];
  const detailRows: string[][] = [];
  const bars: ReportSection['bars'] = [];
  for (const { folder, coldStart } of figures) {
    const floor = coldStart.find((entry) => entry.contender.role === 'floor');
    const blueprint = coldStart.find((entry) => entry.contender.role === 'blueprint');
    if (floor === undefined || blueprint === undefined) {
      continue;
    }
    const wallRatio = ratio(blueprint.figure.wallMs, floor.figure.wallMs);
    const sizeKb = kbOf(blueprint.contender.bytes);
    targetRows.push([
      folder,
      formatKb(blueprint.contender.bytes),
      verdict(sizeKb, targets.bundleKb),
      formatRatio(wallRatio),
      verdict(wallRatio, targets.coldStartVsFloor),
      formatRatio(ratio(blueprint.figure.cpuMs, floor.figure.cpuMs)),
    ]);
    bars.push(
      { label: `${folder}: cold start vs empty handler`, value: wallRatio, target: targets.coldStartVsFloor },
      {
        label: `${folder}: bundle vs 60 KB`,
        value: sizeKb / targets.bundleKb.limit,
        target: { bound: 'at-most', limit: 1 },
      },
    );
    for (const { contender, figure } of coldStart) {
      detailRows.push([
        folder,
        contenderNames[contender.role],
        formatKb(contender.bytes),
        formatMs(figure.wallMs),
        formatRatio(ratio(figure.wallMs, floor.figure.wallMs)),
        formatMs(figure.cpuMs),
        formatRatio(ratio(figure.cpuMs, floor.figure.cpuMs)),
      ]);
    }
  }
  const markdown = [
    '## Cold start',
    '',
    `Target: the blueprint's bundle ${describeTarget(targets.bundleKb, formatKbTarget)}, and its cold start ` +
      `${describeTarget(targets.coldStartVsFloor)} the empty handler's (wall time). A cold start is a fresh \`node\` ` +
      "that imports the bundle and invokes it once with the blueprint's valid sample event (events/), then exits: the " +
      `median of ${formatCount(plan.coldStartRuns, 'run')} per handler, the handlers taking turns. CPU time (user + system, as the ` +
      'process reports it) is beside wall time because the machine is shared and wall time is noisy.',
    '',
    markdownTable(
      [
        { header: 'blueprint' },
        { header: 'bundle', numeric: true },
        { header: 'result' },
        { header: 'cold start vs floor', numeric: true },
        { header: 'result' },
        { header: 'CPU vs floor', numeric: true },
      ],
      targetRows,
    ),
    '',
    'Every handler measured: the blueprint as its `build` script makes it (ESM, minified), the same logic on ' +
      'Powertools (BatchProcessor + parser + Logger + zod, bundled the same way), and the blueprint bundled with ' +
      "aws-cdk-lib NodejsFunction's default settings (CommonJS, not minified, target from the runtime, @aws-sdk/* " +
      'external).',
    '',
    markdownTable(
      [
        { header: 'blueprint' },
        { header: 'handler' },
        { header: 'bundle', numeric: true },
        { header: 'wall', numeric: true },
        { header: 'vs floor', numeric: true },
        { header: 'CPU', numeric: true },
        { header: 'vs floor', numeric: true },
      ],
      detailRows,
    ),
  ].join('\n');
  return { markdown, bars };
}
