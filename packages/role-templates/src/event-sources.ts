import { UnknownEventSourceError } from './errors.js';
import type { EventSourceKind, TemplateId } from './types.js';

/** The template that lets Lambda's event source mapping read each source. */
export const sourceTemplates: Readonly<Record<EventSourceKind, TemplateId>> = {
  sqs: 'sqs-poll',
  'sqs-fifo': 'sqs-poll',
  kinesis: 'kinesis-read',
  'dynamodb-streams': 'dynamodb-streams-read',
  msk: 'msk-read',
};

/** Every event source a role can be composed for. */
export const eventSources = Object.keys(sourceTemplates) as EventSourceKind[];

/** Narrows a string (a flag, a prompt answer) to an event source; throws UnknownEventSourceError listing the valid ones. */
export function parseEventSource(value: string): EventSourceKind {
  const source = eventSources.find((candidate) => candidate === value);
  if (source === undefined) throw new UnknownEventSourceError(value, eventSources);
  return source;
}
