import type { Sink } from '@lambda-blueprints/cdk';
import { Arn, ArnFormat, RemovalPolicy } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type { Construct } from 'constructs';
import { InvalidSinkArnError } from '../../src/sinks/errors.js';
import { sinkNames } from '../../src/sinks/sink-names.js';

const { id, variable } = sinkNames['kinesis-put'];

/**
 * A new on-demand stream encrypted with the AWS managed key, kept when the stack is deleted, that the function puts
 * records onto: the role gets kinesis:PutRecord and PutRecords on it, the function its name in SINK_STREAM_NAME.
 */
export function newStreamSink(scope: Construct): Sink {
  const stream = new kinesis.Stream(scope, 'SinkStream', {
    encryption: kinesis.StreamEncryption.MANAGED,
    streamMode: kinesis.StreamMode.ON_DEMAND,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  return { id, kind: 'kinesis-put', arn: stream.streamArn, environment: { [variable]: stream.streamName } };
}

/** An existing stream, by ARN: the role gets kinesis:PutRecord and PutRecords on it, its name in SINK_STREAM_NAME. */
export function existingStreamSink(streamArn: string): Sink {
  const { resourceName } = Arn.split(streamArn, ArnFormat.SLASH_RESOURCE_NAME);
  if (resourceName === undefined)
    throw new InvalidSinkArnError(
      streamArn,
      'a Kinesis stream ARN (arn:<partition>:kinesis:<region>:<account>:stream/<name>)',
    );
  return { id, kind: 'kinesis-put', arn: streamArn, environment: { [variable]: resourceName } };
}
