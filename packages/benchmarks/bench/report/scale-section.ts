import {
  type CommandRun,
  describeTarget,
  formatRatio,
  formatSeconds,
  growthRatio,
  marginalCosts,
  markdownTable,
  ratio,
  verdict,
} from '../../src/index.js';
import { SCAFFOLD_BLUEPRINT } from '../suites/scaffold-suite.js';
import { type ScaleStep, scaleCommand } from '../suites/scale-suite.js';
import { targets } from '../targets.js';
import { commandRunCell } from './command-run-cell.js';
import type { ReportSection } from './report-section.js';

type Task = 'build' | 'synth';
const cold = (step: ScaleStep, task: Task): CommandRun => (task === 'build' ? step.buildCold : step.synthCold);
const warm = (step: ScaleStep, task: Task): CommandRun => (task === 'build' ? step.buildWarm : step.synthWarm);

/** The section, or what it says when the generator could not be measured (`missing` is why). */
export function scaleSection(measured: readonly ScaleStep[] | { missing: string }): ReportSection {
  const steps = 'missing' in measured ? [] : measured;
  const largest = steps[steps.length - 1];
  if (largest === undefined) {
    const why = 'missing' in measured ? measured.missing : 'no workspace size was given';
    return { markdown: `## Scale\n\nNot measured: ${why}.`, bars: [] };
  }
  const sizeRows = steps.map((step) => [
    String(step.functions),
    formatSeconds(step.generateSecondsPerFunction),
    commandRunCell(step.buildCold),
    formatSeconds(step.buildWarm.seconds),
    formatRatio(ratio(step.buildWarm.seconds, step.buildCold.seconds)),
    commandRunCell(step.synthCold),
    formatSeconds(step.synthWarm.seconds),
    formatRatio(ratio(step.synthWarm.seconds, step.synthCold.seconds)),
  ]);
  const ranges = steps.slice(1).map((step, index) => `${steps[index]?.functions} → ${step.functions}`);
  const smallest = steps[0] as ScaleStep;
  const bars: ReportSection['bars'] = [];
  const growthRows = (['build', 'synth'] as const).map((task) => {
    const points = steps.map((step) => ({ size: step.functions, value: cold(step, task).seconds }));
    const growth = growthRatio(points);
    // Per added function, so that the fixed start-up of pnpm and turbo, the same cold or warm, is left out.
    const perAdded = (run: (step: ScaleStep, task: Task) => CommandRun) =>
      steps.length < 2
        ? undefined
        : marginalCosts(
            [smallest, largest].map((step) => ({ size: step.functions, value: run(step, task).seconds })),
          )[0];
    const coldPerAdded = perAdded(cold);
    const warmPerAdded = perAdded(warm);
    const warmVsCold =
      coldPerAdded === undefined || warmPerAdded === undefined ? undefined : ratio(warmPerAdded, coldPerAdded);
    if (growth !== undefined) {
      bars.push({
        label: `scale: ${task} cold, growth of the cost per function`,
        value: growth,
        target: targets.scaleGrowth,
      });
    }
    if (warmVsCold !== undefined) {
      bars.push({ label: `scale: ${task} warm vs cold, per function`, value: warmVsCold, target: targets.warmVsCold });
    }
    return [
      task,
      ...marginalCosts(points).map(formatSeconds),
      growth === undefined ? 'n/a (needs three sizes)' : formatRatio(growth),
      growth === undefined ? '' : verdict(growth, targets.scaleGrowth),
      warmPerAdded === undefined ? 'n/a' : formatSeconds(warmPerAdded),
      warmVsCold === undefined ? 'n/a (needs two sizes)' : formatRatio(warmVsCold),
      warmVsCold === undefined ? '' : verdict(warmVsCold, targets.warmVsCold),
    ];
  });
  const markdown = [
    '## Scale',
    '',
    `Target: cold time grows linearly with the number of functions (the cost per added function over the last range ` +
      `of sizes ${describeTarget(targets.scaleGrowth)} that over the first), and an unchanged function costs next to ` +
      `nothing warm (per added function, warm ${describeTarget(targets.warmVsCold)} cold; the fixed start-up of pnpm ` +
      'and turbo is the same either way). In a temporary copy of the ' +
      `workspace, functions are generated from the ${SCAFFOLD_BLUEPRINT} blueprint with the generator ` +
      '(`createFunction`, linked with one `pnpm install` per size), then their own tasks are timed: ' +
      `\`pnpm ${scaleCommand('build', true).join(' ')}\` (cold: turbo's cache ignored), the same without \`--force\` ` +
      '(warm: every task a cache hit), and the same for `synth`. The packages the functions use build the same for any ' +
      'number of functions, so they are left out. CPU time is that of every process the command started.',
    '',
    markdownTable(
      [
        { header: 'functions', numeric: true },
        { header: 'generate, per function', numeric: true },
        { header: 'build cold', numeric: true },
        { header: 'build warm', numeric: true },
        { header: 'warm vs cold', numeric: true },
        { header: 'synth cold', numeric: true },
        { header: 'synth warm', numeric: true },
        { header: 'warm vs cold', numeric: true },
      ],
      sizeRows,
    ),
    '',
    `How time grows: seconds per added function, cold over each range of sizes, warm over ${smallest.functions} → ` +
      `${largest.functions}. The first generated function also pays for loading the generator.`,
    '',
    markdownTable(
      [
        { header: 'task' },
        ...ranges.map((range) => ({ header: `per function, ${range}`, numeric: true })),
        { header: 'growth', numeric: true },
        { header: 'result' },
        { header: 'warm, per function', numeric: true },
        { header: 'warm vs cold', numeric: true },
        { header: 'result' },
      ],
      growthRows,
    ),
  ].join('\n');
  return { markdown, bars };
}
