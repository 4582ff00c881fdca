/** The AWS services whose SDK clients a sink's code creates with default settings. */
export type SinkService = 'DYNAMODB' | 'SQS' | 'KINESIS';

/**
 * Points every default-configured SDK client of this test file (the sinks' clients in src/sinks/) at a local emulator:
 * fake credentials and region, and the service's endpoint through AWS_ENDPOINT_URL_<SERVICE>. Nothing reaches AWS.
 */
export function pointSdkAtEmulator(service: SinkService, endpoint: string): void {
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  process.env[`AWS_ENDPOINT_URL_${service}`] = endpoint;
}
