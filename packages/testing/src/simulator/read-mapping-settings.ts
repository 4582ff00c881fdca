import { fakeRefOf, resolveIntrinsics } from '../cloudformation/intrinsics.js';
import { type CloudFormationTemplate, logicalIdsOfType } from '../cloudformation/template.js';
import { InvalidMappingOptionsError, MappingNotFoundError, UnsupportedEventSourceError } from '../errors.js';
import { functionLogicalIdOf, numberProperty, readFunctionConfig } from '../invoke/function-config.js';
import { compileFilterCriteria } from './filter-criteria.js';
import {
  MAPPING_DEFAULTS,
  type MappingSettings,
  type QueueSettings,
  type SimulatedSource,
  type StreamSettings,
} from './mapping-settings.js';
import { tableKeyAttributes } from './table-key-schema.js';

const MAPPING = 'AWS::Lambda::EventSourceMapping';

export interface ReadMappingOptions {
  /** The mapping to read. @default the template's only mapping, or the only one of `functionLogicalId` */
  mappingLogicalId?: string;
  /** Picks the mapping of this function when the template has several. */
  functionLogicalId?: string;
}

/** The logical id a `Ref` or `Fn::GetAtt` points at, with the attribute. */
function referenceOf(value: unknown): { logicalId: string; attribute?: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { Ref: ref, 'Fn::GetAtt': getAtt } = value as { Ref?: unknown; 'Fn::GetAtt'?: unknown };
  if (typeof ref === 'string') return { logicalId: ref };
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') {
    return { logicalId: getAtt[0], attribute: String(getAtt[1]) };
  }
  if (typeof getAtt === 'string' && getAtt.includes('.')) {
    const [logicalId = '', ...attribute] = getAtt.split('.');
    return { logicalId, attribute: attribute.join('.') };
  }
  return undefined;
}

function booleanProperty(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new InvalidMappingOptionsError(name, value, 'true or false');
}

function integerIn(value: number, name: string, min: number, max: number, allowed = `integers ${min}-${max}`) {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidMappingOptionsError(name, value, allowed);
  return value;
}

/** The properties of one resource with every intrinsic resolved; none for a resource imported by ARN only. */
function resolvedProperties(template: CloudFormationTemplate, logicalId: string | undefined) {
  const properties = (logicalId && template.Resources?.[logicalId]?.Properties) || {};
  const path = logicalId ? `Resources.${logicalId}.Properties` : 'imported source';
  return {
    raw: properties,
    path,
    get: (name: string): unknown => resolveIntrinsics(template, properties[name], `${path}.${name}`),
  };
}

function chooseMapping(template: CloudFormationTemplate, options: ReadMappingOptions): string {
  const mappings = logicalIdsOfType(template, MAPPING);
  if (options.mappingLogicalId !== undefined) {
    if (!mappings.includes(options.mappingLogicalId))
      throw new MappingNotFoundError(mappings, options.mappingLogicalId);
    return options.mappingLogicalId;
  }
  const candidates =
    options.functionLogicalId === undefined
      ? mappings
      : mappings.filter((id) => mappedFunction(template, id) === options.functionLogicalId);
  const [only] = candidates;
  if (only === undefined || candidates.length > 1) {
    throw new MappingNotFoundError(candidates.length > 1 ? candidates : mappings, options.functionLogicalId);
  }
  return only;
}

/** The logical id of the function a mapping invokes: referenced, or named by its FunctionName. */
function mappedFunction(template: CloudFormationTemplate, mappingLogicalId: string): string {
  const { raw, get } = resolvedProperties(template, mappingLogicalId);
  const reference = referenceOf(raw.FunctionName);
  if (reference) return functionLogicalIdOf(template, reference.logicalId);
  const name = String(get('FunctionName'));
  const byName = logicalIdsOfType(template, 'AWS::Lambda::Function').find((id) => fakeRefOf(template, id) === name);
  return functionLogicalIdOf(template, byName ?? name);
}

type SourceResource = { source: SimulatedSource; logicalId?: string; arn: string };

const SOURCE_BY_TYPE: Readonly<Record<string, SimulatedSource>> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::DynamoDB::Table': 'dynamodb-streams',
  'AWS::DynamoDB::GlobalTable': 'dynamodb-streams',
};

/** For a source imported by ARN: the service part of the ARN. */
const SOURCE_BY_SERVICE: Readonly<Record<string, SimulatedSource>> = {
  sqs: 'sqs',
  kinesis: 'kinesis',
  dynamodb: 'dynamodb-streams',
};

/** What the mapping's EventSourceArn points at: a queue, a stream (directly or through a consumer), a table stream. */
function sourceResource(template: CloudFormationTemplate, mappingLogicalId: string): SourceResource {
  const { raw, get } = resolvedProperties(template, mappingLogicalId);
  const arn = String(get('EventSourceArn'));
  let reference = referenceOf(raw.EventSourceArn);
  if (template.Resources?.[reference?.logicalId ?? '']?.Type === 'AWS::Kinesis::StreamConsumer') {
    reference = referenceOf(template.Resources?.[reference?.logicalId ?? '']?.Properties?.StreamARN);
  }
  const logicalId = reference && template.Resources?.[reference.logicalId] ? reference.logicalId : undefined;
  const type = logicalId && template.Resources?.[logicalId]?.Type;
  const source = type ? SOURCE_BY_TYPE[type] : SOURCE_BY_SERVICE[arn.split(':')[2] ?? ''];
  if (source === undefined) throw new UnsupportedEventSourceError(mappingLogicalId, type || arn);
  return { source, arn, ...(logicalId && { logicalId }) };
}

function queueSettings(template: CloudFormationTemplate, resource: SourceResource): QueueSettings {
  const { get, path } = resolvedProperties(template, resource.logicalId);
  const redriveValue = get('RedrivePolicy');
  const redrive = (typeof redriveValue === 'string' ? JSON.parse(redriveValue) : redriveValue) as
    | { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown }
    | undefined;
  const maxReceiveCount =
    redrive?.maxReceiveCount === undefined
      ? undefined
      : integerIn(
          numberProperty(redrive.maxReceiveCount, `${path}.RedrivePolicy.maxReceiveCount`, 1),
          'maxReceiveCount',
          1,
          1000,
        );
  return {
    ...(resource.logicalId !== undefined && { logicalId: resource.logicalId }),
    arn: resource.arn,
    fifo: booleanProperty(get('FifoQueue'), `${path}.FifoQueue`, resource.arn.endsWith('.fifo')),
    visibilityTimeoutSeconds: integerIn(
      numberProperty(get('VisibilityTimeout'), `${path}.VisibilityTimeout`, MAPPING_DEFAULTS.visibilityTimeoutSeconds),
      'VisibilityTimeout',
      0,
      43_200,
    ),
    messageRetentionSeconds: numberProperty(
      get('MessageRetentionPeriod'),
      `${path}.MessageRetentionPeriod`,
      MAPPING_DEFAULTS.messageRetentionSeconds,
    ),
    ...(maxReceiveCount !== undefined && { maxReceiveCount }),
    ...(typeof redrive?.deadLetterTargetArn === 'string' && { deadLetterQueueArn: redrive.deadLetterTargetArn }),
  };
}

/** The key attributes of the table whose stream a DynamoDB mapping reads, when the template defines the table. */
function streamTableKey(template: CloudFormationTemplate, resource: SourceResource) {
  if (resource.source !== 'dynamodb-streams') return undefined;
  const { get } = resolvedProperties(template, resource.logicalId);
  return tableKeyAttributes(get('KeySchema'), get('AttributeDefinitions'));
}

function streamSettings(template: CloudFormationTemplate, resource: SourceResource): StreamSettings {
  // A table's stream has no shard or retention settings: DynamoDB keeps records 24 hours.
  const { get, path } = resolvedProperties(template, resource.source === 'kinesis' ? resource.logicalId : undefined);
  const keyAttributes = streamTableKey(template, resource);
  const onDemand = (get('StreamModeDetails') as { StreamMode?: unknown } | undefined)?.StreamMode === 'ON_DEMAND';
  const shardCount = numberProperty(
    get('ShardCount'),
    `${path}.ShardCount`,
    onDemand ? MAPPING_DEFAULTS.onDemandShardCount : 1,
  );
  return {
    ...(resource.logicalId !== undefined && { logicalId: resource.logicalId }),
    arn: resource.arn,
    shardCount: integerIn(shardCount, 'ShardCount', 1, 10_000),
    retentionHours: numberProperty(
      get('RetentionPeriodHours'),
      `${path}.RetentionPeriodHours`,
      MAPPING_DEFAULTS.retentionHours,
    ),
    ...(keyAttributes !== undefined && { keyAttributes }),
  };
}

/** Reads a mapping's properties as CloudFormation accepts them, checked against the ranges Lambda allows. */
function mappingProperties(template: CloudFormationTemplate, mappingLogicalId: string) {
  const { get, path } = resolvedProperties(template, mappingLogicalId);
  return {
    get,
    integer: (name: string, fallback: number, min: number, max: number, allowed?: string) =>
      integerIn(numberProperty(get(name), `${path}.${name}`, fallback), name, min, max, allowed),
    boolean: (name: string, fallback: boolean) => booleanProperty(get(name), `${path}.${name}`, fallback),
  };
}

type MappingProperties = ReturnType<typeof mappingProperties>;

/** What every mapping has: its function, batching, response types and filters. */
function commonSettings(
  template: CloudFormationTemplate,
  mappingLogicalId: string,
  properties: MappingProperties,
  source: SimulatedSource,
  fifo: boolean,
) {
  const { get, integer } = properties;
  const window = fifo
    ? integer('MaximumBatchingWindowInSeconds', 0, 0, 0, '0 (FIFO queues have no batching window)')
    : integer('MaximumBatchingWindowInSeconds', 0, 0, 300);
  const batchSize =
    source !== 'sqs'
      ? integer('BatchSize', MAPPING_DEFAULTS.streamBatchSize, 1, 10_000)
      : integer(
          'BatchSize',
          MAPPING_DEFAULTS.sqsBatchSize,
          1,
          window > 0 ? 10_000 : 10,
          'integers 1-10 (up to 10000 with a batching window on a standard queue)',
        );
  const filters = (get('FilterCriteria') as { Filters?: { Pattern?: unknown }[] } | undefined)?.Filters ?? [];
  const filterPatterns = filters.map((filter) =>
    typeof filter.Pattern === 'string' ? filter.Pattern : JSON.stringify(filter.Pattern),
  );
  // Filters Lambda would refuse fail here, where the template is named, rather than in the middle of a run.
  compileFilterCriteria(source, filterPatterns);
  const responseTypes = (get('FunctionResponseTypes') as unknown[] | undefined) ?? [];
  return {
    mappingLogicalId,
    function: readFunctionConfig(template, mappedFunction(template, mappingLogicalId)),
    batchSize,
    maximumBatchingWindowSeconds: window,
    reportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures'),
    filterPatterns,
  };
}

/**
 * Reads an event source mapping of a synthesized template (`Template.fromStack(stack).toJSON()`) the way Lambda
 * would apply it: its batching, response types, filters, stream error handling and on-failure destination, the
 * source's own settings (queue visibility timeout, FIFO, redrive; stream shards and retention) and the function's
 * configuration, with AWS's defaults where the template is silent. Throws InvalidMappingOptionsError for values
 * Lambda would refuse and InvalidFilterCriteriaError for filters it would refuse.
 */
export function readMappingSettings(
  template: CloudFormationTemplate,
  options: ReadMappingOptions = {},
): MappingSettings {
  const mappingLogicalId = chooseMapping(template, options);
  const resource = sourceResource(template, mappingLogicalId);
  const properties = mappingProperties(template, mappingLogicalId);
  if (resource.source === 'sqs') {
    const queue = queueSettings(template, resource);
    return { ...commonSettings(template, mappingLogicalId, properties, 'sqs', queue.fifo), source: 'sqs', queue };
  }
  const { get, integer, boolean } = properties;
  const maximumRecordAgeSeconds = integer('MaximumRecordAgeInSeconds', -1, -1, 604_800, '-1 or integers 60-604800');
  if (maximumRecordAgeSeconds !== -1 && maximumRecordAgeSeconds < 60) {
    throw new InvalidMappingOptionsError(
      'MaximumRecordAgeInSeconds',
      maximumRecordAgeSeconds,
      '-1 or integers 60-604800',
    );
  }
  const destinations = get('DestinationConfig') as { OnFailure?: { Destination?: unknown } } | undefined;
  const onFailure = destinations?.OnFailure?.Destination;
  const startingPosition = get('StartingPosition');
  const tumblingWindow = get('TumblingWindowInSeconds');
  return {
    ...commonSettings(template, mappingLogicalId, properties, resource.source, false),
    source: resource.source,
    stream: streamSettings(template, resource),
    bisectBatchOnFunctionError: boolean('BisectBatchOnFunctionError', false),
    maximumRetryAttempts: integer(
      'MaximumRetryAttempts',
      MAPPING_DEFAULTS.maximumRetryAttempts,
      -1,
      10_000,
      '-1 (unbounded) or integers 0-10000',
    ),
    maximumRecordAgeSeconds,
    parallelizationFactor: integer('ParallelizationFactor', MAPPING_DEFAULTS.parallelizationFactor, 1, 10),
    ...(typeof onFailure === 'string' && { onFailureDestinationArn: onFailure }),
    ...(typeof startingPosition === 'string' && { startingPosition }),
    ...(tumblingWindow !== undefined && { tumblingWindowSeconds: integer('TumblingWindowInSeconds', 0, 0, 900) }),
  };
}
