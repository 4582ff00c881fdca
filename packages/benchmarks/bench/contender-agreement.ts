import { batchOutcomeOf, HandlerUnderTestError, type ProbeScripts, retryEffectOf } from '../src/index.js';
import { type BlueprintUnderTest, contenderOf } from './contender-bundles.js';
import { type ContenderRole, contenderNames } from './contender-role.js';

/** A contender left out of the figures because it does not do the blueprint's work, and how it differs. */
export interface Disagreement {
  role: ContenderRole;
  reason: string;
}

/**
 * Invokes every contender (the floor aside) on the blueprint's valid and failing samples and compares what Lambda would
 * do with each outcome (queues: every failed message; streams: the lowest failed sequence number) with what it does
 * for the blueprint. Returns the contenders that differ: their figures would not be of the same work.
 */
export function findDisagreements(probes: ProbeScripts, blueprint: BlueprintUnderTest): Disagreement[] {
  const reporting = blueprint.blueprintCase.failureReporting;
  const effects = (file: string) => ({
    valid: retryEffectOf(batchOutcomeOf(probes, file, blueprint.validEvent), reporting),
    failing: retryEffectOf(batchOutcomeOf(probes, file, blueprint.failingEvent), reporting),
  });
  const blueprintFile = contenderOf(blueprint, 'blueprint')?.file ?? '';
  const expected = effects(blueprintFile);
  if (expected.valid !== 'reports no failure') {
    throw new HandlerUnderTestError(
      `${blueprintFile} ${expected.valid} on ${blueprint.validEvent}, whose records should all succeed. Fix the ` +
        'blueprint or choose another valid sample in bench/blueprint-cases.ts.',
    );
  }
  const disagreements: Disagreement[] = [];
  for (const contender of blueprint.contenders) {
    if (contender.role === 'floor' || contender.role === 'blueprint') {
      continue;
    }
    const actual = effects(contender.file);
    for (const sample of ['valid', 'failing'] as const) {
      if (actual[sample] !== expected[sample]) {
        const known = blueprint.blueprintCase.knownDifferences?.[contender.role];
        const sampleFile = blueprint.blueprintCase[sample === 'valid' ? 'validSample' : 'failingSample'];
        disagreements.push({
          role: contender.role,
          reason: `on ${sampleFile} it ${actual[sample]}, where the blueprint ${expected[sample]}${known ? ` (${known})` : ''}`,
        });
        break;
      }
    }
  }
  return disagreements;
}

/** The contenders that may be measured against the blueprint. */
export function agreeingContenders(blueprint: BlueprintUnderTest, disagreements: readonly Disagreement[]) {
  return blueprint.contenders.filter((contender) => !disagreements.some((entry) => entry.role === contender.role));
}

export const describeDisagreement = (entry: Disagreement): string => `${contenderNames[entry.role]}: ${entry.reason}`;
