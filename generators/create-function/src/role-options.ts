import type { RoleOptions } from '@lambda-blueprints/role-templates';
import { sinkNames } from '../sinks/src/sinks/sink-names.js';
import { isSinkKind, type PartialAnswers } from './answers.js';

/**
 * The role options the answers imply, for roleSpecFor: the one mapping from options to templates is the catalog's
 * (tracing -> xray-write, vpc -> vpc-access, a source key -> kms-decrypt, fan-out -> kinesis-fan-out, each sink its
 * template on `sink:<id>`).
 */
export function roleOptionsOf(answers: Pick<PartialAnswers, 'with' | 'existingSource'>): RoleOptions {
  const chosen = answers.with ?? [];
  return {
    tracing: chosen.includes('xray'),
    vpc: chosen.includes('vpc'),
    sourceKey: answers.existingSource?.keyArn !== undefined,
    consumer: chosen.includes('fan-out'),
    sinks: chosen.filter(isSinkKind).map((kind) => ({ id: sinkNames[kind].id, kind })),
  };
}
