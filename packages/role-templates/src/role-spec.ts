import { InvalidRoleOptionsError } from './errors.js';
import { parseEventSource, sourceTemplates } from './event-sources.js';
import type { EventSourceKind, RoleEntry, RoleOptions, TemplateId } from './types.js';

const onFailureTemplates: Readonly<Record<NonNullable<RoleOptions['onFailure']>, TemplateId>> = {
  sqs: 'sqs-send',
  sns: 'sns-publish',
  s3: 's3-put',
};

function assertOptionsFit(source: EventSourceKind, options: RoleOptions): void {
  if (options.consumer && source !== 'kinesis') {
    throw new InvalidRoleOptionsError(
      `"consumer" (enhanced fan-out) needs a kinesis source, not "${source}". Remove the consumer option.`,
    );
  }
  if (options.onFailure !== undefined && (source === 'sqs' || source === 'sqs-fifo')) {
    throw new InvalidRoleOptionsError(
      `"onFailure" does not apply to an ${source} source: failed messages go to the queue's dead-letter queue ` +
        "(its redrive policy). Remove onFailure and configure the queue's DLQ instead.",
    );
  }
  if (options.onFailureKey && options.onFailure === undefined) {
    throw new InvalidRoleOptionsError('"onFailureKey" encrypts the on-failure destination: set "onFailure" as well.');
  }
  for (const sink of options.sinks ?? []) {
    if (sink.id.length === 0) {
      throw new InvalidRoleOptionsError(`A sink of kind "${sink.kind}" has an empty id: give each sink a name.`);
    }
  }
}

/**
 * The role a function reading `source` needs: basic execution on its log group, the source's read template on
 * 'source', and one entry per option that implies a template. Throws InvalidRoleOptionsError for options the source
 * cannot have (a fan-out consumer on a non-Kinesis source, an on-failure destination on an SQS source).
 */
export function roleSpecFor(source: EventSourceKind, options: RoleOptions = {}): RoleEntry[] {
  const checkedSource = parseEventSource(source);
  assertOptionsFit(checkedSource, options);
  const entries: RoleEntry[] = [
    { template: 'basic-execution', on: 'log-group' },
    { template: sourceTemplates[checkedSource], on: 'source' },
  ];
  if (options.tracing) entries.push({ template: 'xray-write' });
  if (options.vpc) entries.push({ template: 'vpc-access' });
  if (options.sourceKey) entries.push({ template: 'kms-decrypt', on: 'source-key' });
  if (options.consumer) entries.push({ template: 'kinesis-fan-out', on: 'consumer' });
  if (options.onFailure !== undefined)
    entries.push({ template: onFailureTemplates[options.onFailure], on: 'on-failure' });
  if (options.onFailureKey) entries.push({ template: 'kms-encrypt', on: 'on-failure-key' });
  for (const sink of options.sinks ?? []) entries.push({ template: sink.kind, on: `sink:${sink.id}` });
  return entries;
}
