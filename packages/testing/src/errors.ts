/** Base class of every error this package throws, so callers can tell them from the code under test's errors. */
export class TestingError extends Error {
  override name = 'TestingError';
}

/** A template value uses an intrinsic function the resolver cannot turn into a concrete string. */
export class UnsupportedIntrinsicError extends TestingError {
  override name = 'UnsupportedIntrinsicError';
  constructor(intrinsic: string, path: string, reason: string) {
    super(
      `${intrinsic} at ${path} cannot be resolved offline: ${reason}. ` +
        'Use a literal value (or a stack parameter with a Default) in the stack under test.',
    );
  }
}

/** A template value is an intrinsic function with arguments of the wrong shape. */
export class MalformedIntrinsicError extends TestingError {
  override name = 'MalformedIntrinsicError';
  constructor(intrinsic: string, path: string, expected: string) {
    super(`${intrinsic} at ${path} is malformed: expected ${expected}. Check the template was synthesized by CDK.`);
  }
}

/** A Ref, GetAtt or lookup names a logical id that is not in the template. */
export class LogicalIdNotFoundError extends TestingError {
  override name = 'LogicalIdNotFoundError';
  constructor(logicalId: string, expectedType?: string) {
    super(
      `The template has no ${expectedType ?? 'resource or parameter'} with logical id "${logicalId}". ` +
        'Use the logical id from the synthesized template (stack.getLogicalId(construct.node.defaultChild)).',
    );
  }
}

/** Fn::GetAtt asks for an attribute the fake physical ids do not model for that resource type. */
export class UnknownAttributeError extends TestingError {
  override name = 'UnknownAttributeError';
  constructor(logicalId: string, type: string, attribute: string, known: readonly string[]) {
    super(
      `Fn::GetAtt ${logicalId}.${attribute}: ${type} has no fake value for "${attribute}". ` +
        (known.length > 0 ? `Known attributes: ${known.join(', ')}.` : 'Only Ref is supported for this type.'),
    );
  }
}

/** The function whose role was asked for cannot be chosen or has no role defined in the template. */
export class FunctionRoleNotFoundError extends TestingError {
  override name = 'FunctionRoleNotFoundError';
}

/** A policy in the template is not a valid IAM policy document once resolved. */
export class InvalidPolicyDocumentError extends TestingError {
  override name = 'InvalidPolicyDocumentError';
  constructor(where: string, problem: string) {
    super(`The policy document of ${where} is invalid: ${problem}. Fix the statement in the stack under test.`);
  }
}

/** A factory was called with options that cannot describe a batch. */
export class InvalidFactoryOptionsError extends TestingError {
  override name = 'InvalidFactoryOptionsError';
  constructor(factory: string, option: string, problem: string) {
    super(`${factory}({ ${option} }): ${problem}. Fix the option passed to ${factory}.`);
  }
}

/** A DynamoDB attribute value has a type this SDK version does not know, so no stream image can carry it. */
export class UnsupportedAttributeValueError extends TestingError {
  override name = 'UnsupportedAttributeValueError';
  constructor(attribute: string) {
    super(
      `The attribute "${attribute}" has a DynamoDB type the SDK does not know. ` +
        'Write it as S, N, B, BOOL, NULL, SS, NS, BS, L or M.',
    );
  }
}

/** A handler called one of the Context methods the Node.js runtime deprecated (done, fail, succeed). */
export class DeprecatedContextMethodError extends TestingError {
  override name = 'DeprecatedContextMethodError';
  constructor(method: string) {
    super(
      `context.${method}() is deprecated and not emulated. Return a value (or a promise) from the handler instead.`,
    );
  }
}

/** A poller or reader was configured outside what Lambda allows for the event source mapping. */
export class InvalidMappingOptionsError extends TestingError {
  override name = 'InvalidMappingOptionsError';
  constructor(option: string, value: unknown, allowed: string) {
    super(`${option} is ${JSON.stringify(value)}, but Lambda allows ${allowed}. Pass a value in that range.`);
  }
}

/** An emulator answered without something AWS always sends. */
export class UnexpectedEmulatorResponseError extends TestingError {
  override name = 'UnexpectedEmulatorResponseError';
  constructor(operation: string, missing: string, todo: string) {
    super(`${operation} answered without ${missing}, which AWS always sends. ${todo}`);
  }
}

/** DeleteMessageBatch refused some receipt handles: the messages will be delivered again. */
export class SqsDeleteFailedError extends TestingError {
  override name = 'SqsDeleteFailedError';
  constructor(messageIds: readonly string[], reason: string) {
    super(
      `Could not delete processed messages ${messageIds.join(', ')} (${reason}). A receipt handle goes stale when ` +
        'the visibility timeout expires before the handler returns: make the queue visibility timeout longer.',
    );
  }
}

/** A drain loop did not reach its `until` condition in time. */
export class DrainTimeoutError extends TestingError {
  override name = 'DrainTimeoutError';
  constructor(what: string, timeoutMs: number, polls: number) {
    super(
      `${what} did not reach its until condition within ${timeoutMs} ms (${polls} polls). ` +
        'Check the condition can become true (messages sent, failures recovering), or raise timeoutMs.',
    );
  }
}

/** A shard made no progress for as many invocations as the reader allows: a poison record with unbounded retries. */
export class StuckShardError extends TestingError {
  override name = 'StuckShardError';
  constructor(shardId: string, sequenceNumber: string, invocations: number) {
    super(
      `Shard ${shardId} is stuck at sequence number ${sequenceNumber} after ${invocations} invocations. With unbounded ` +
        'retries (maximumRetryAttempts -1, the AWS default) one poison record blocks its shard: set ' +
        'maximumRetryAttempts and an onFailure destination.',
    );
  }
}

/** The template has no event source mapping to simulate, or more than one and none was named. */
export class MappingNotFoundError extends TestingError {
  override name = 'MappingNotFoundError';
  constructor(found: readonly string[], wanted?: string) {
    super(
      wanted === undefined
        ? `The template has ${found.length} AWS::Lambda::EventSourceMapping resources (${found.join(', ') || 'none'}). ` +
            'Pass the logical id of the mapping (or of its function) to simulate.'
        : `No AWS::Lambda::EventSourceMapping of the template belongs to ${wanted} (mappings: ${found.join(', ') || 'none'}). ` +
            'Pass the logical id of a mapping of this template.',
    );
  }
}

/** The template has no Lambda function to invoke, or more than one and none was named. */
export class FunctionNotFoundError extends TestingError {
  override name = 'FunctionNotFoundError';
  constructor(found: readonly string[], wanted?: string) {
    super(
      `${wanted === undefined ? 'Cannot choose a function' : `The template has no function ${wanted}`}: its ` +
        `AWS::Lambda::Function resources are ${found.join(', ') || 'none'}. Pass the logical id of the function.`,
    );
  }
}

/** A mapping reads from a source the simulator does not model (only SQS, Kinesis and DynamoDB Streams). */
export class UnsupportedEventSourceError extends TestingError {
  override name = 'UnsupportedEventSourceError';
  constructor(mappingLogicalId: string, source: string) {
    super(
      `Mapping ${mappingLogicalId} reads ${source}, which the simulator does not model. ` +
        'Simulate a mapping of an SQS queue, a Kinesis stream or a DynamoDB table stream.',
    );
  }
}

/** A filter of a mapping's FilterCriteria is not one Lambda would accept, or uses an operator not emulated. */
export class InvalidFilterCriteriaError extends TestingError {
  override name = 'InvalidFilterCriteriaError';
  constructor(where: string, problem: string) {
    super(
      `FilterCriteria ${where}: ${problem}. Fix the filter in the stack (Lambda rejects it, or it is not emulated).`,
    );
  }
}

/** simulate() or generateEvent() was called with options that cannot describe a run. */
export class InvalidSimulationOptionsError extends TestingError {
  override name = 'InvalidSimulationOptionsError';
  constructor(option: string, value: unknown, allowed: string) {
    super(`${option} is ${JSON.stringify(value)}, but it must be ${allowed}. Pass a value in that range.`);
  }
}

/** The function's built bundle is missing or does not export a handler. */
export class HandlerBundleError extends TestingError {
  override name = 'HandlerBundleError';
  constructor(bundlePath: string, problem: string) {
    super(
      `The bundle ${bundlePath} ${problem}. Build the function first (pnpm build writes dist/handler.mjs, an ES ` +
        'module exporting `handler`).',
    );
  }
}

/** The against-local variant has no emulator for the mapping's source. */
export class NoLocalEmulatorError extends TestingError {
  override name = 'NoLocalEmulatorError';
  constructor(source: string) {
    super(
      `There is no local emulator of ${source} with a stream to poll (dynalite has no DynamoDB Streams). ` +
        'Simulate it in memory with simulate() instead.',
    );
  }
}
