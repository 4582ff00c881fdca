import { invocationContext, loadHandler, probeArguments, readEvent, writeResult } from './probe-support.js';

// The response of one invocation, or the error it threw: how the bench checks that contenders do the same work.
const [handlerFile = '', eventFile = ''] = probeArguments(2, '<handler file> <event file>');
const handler = await loadHandler(handlerFile);
try {
  writeResult({ response: await handler(readEvent(eventFile), invocationContext('batch-response')) });
} catch (error) {
  writeResult({ thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
