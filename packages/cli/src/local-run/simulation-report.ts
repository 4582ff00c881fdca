import type { MappingSettings, SimulationResult, SimulationSummary } from '@lambda-blueprints/testing';
import { RecordsLostError } from '../errors.js';
import { eventSourceNameOf } from './mapped-function.js';

const rows: readonly [label: string, key: Exclude<keyof SimulationSummary, 'lostBy'>][] = [
  ['records in', 'recordsIn'],
  ['processed', 'processed'],
  ['retried', 'retried'],
  ['to DLQ', 'toDeadLetterQueue'],
  ['to on-failure', 'toOnFailure'],
  ['filtered', 'filtered'],
  ['duplicates', 'duplicates'],
  ['out of order', 'outOfOrder'],
  ['lost', 'lost'],
  ['invocations', 'invocations'],
];

/** A virtual duration in the unit that reads best (`42 s`, `17 min`, `26 h`). */
function durationText(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

/** The mapping's settings that decide the outcome, in one line. */
function settingsText(settings: MappingSettings): string {
  const common = [
    eventSourceNameOf(settings),
    `batch size ${settings.batchSize}`,
    `ReportBatchItemFailures ${settings.reportBatchItemFailures ? 'on' : 'off'}`,
  ];
  if (settings.source === 'sqs') {
    const { maxReceiveCount } = settings.queue;
    return [...common, maxReceiveCount === undefined ? 'no DLQ' : `maxReceiveCount ${maxReceiveCount}`].join(', ');
  }
  return [
    ...common,
    `MaximumRetryAttempts ${settings.maximumRetryAttempts}`,
    `bisect ${settings.bisectBatchOnFunctionError ? 'on' : 'off'}`,
    settings.onFailureDestinationArn === undefined ? 'no on-failure destination' : 'on-failure destination',
  ].join(', ');
}

/** The summary `blueprints simulate` prints: the mapping, the seed to repeat the run, and what became of the records. */
export function simulationSummaryText(result: SimulationResult): string {
  const { settings, summary } = result;
  const width = Math.max(...rows.map(([, key]) => String(summary[key]).length));
  return [
    `${settings.mappingLogicalId} (${settingsText(settings)}), seed ${result.seed}`,
    ...rows.map(([label, key]) => `  ${label.padEnd(14)}${String(summary[key]).padStart(width)}`),
    `  ${'virtual time'.padEnd(14)}${durationText(result.virtualDurationMs)}`,
    '',
  ].join('\n');
}

/** The failure of a run that lost records, naming how many were lost for which reason and what in the settings risks it. */
export function recordsLostError(result: SimulationResult): RecordsLostError | undefined {
  const { lost, lostBy, recordsIn } = result.summary;
  if (lost === 0) return undefined;
  const reasons = Object.entries(lostBy)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const warnings = result.warnings.map((warning) => `  - ${warning}`).join('\n');
  return new RecordsLostError(
    `${lost} of ${recordsIn} records would be lost (${reasons}).` +
      (warnings === '' ? '' : `\nThe mapping's settings:\n${warnings}`) +
      '\nFix the mapping in infra/, synth again and rerun the simulation (same --seed to compare).',
  );
}
