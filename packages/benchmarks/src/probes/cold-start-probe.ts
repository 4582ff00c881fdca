import {
  cpuMs,
  expectNoFailures,
  invocationContext,
  loadHandler,
  probeArguments,
  readEvent,
  writeResult,
} from './probe-support.js';

// A cold start as Lambda pays it: a fresh process loads the bundle and runs one small batch. Lambda's runtime has its
// stdout set up before it loads a handler, so the handler's first log line is not charged with setting it up.
void process.stdout;
const [handlerFile = '', eventFile = ''] = probeArguments(2, '<handler file> <event file>');
const handler = await loadHandler(handlerFile);
expectNoFailures(handlerFile, await handler(readEvent(eventFile), invocationContext('cold-start')));
writeResult({ cpuMs: cpuMs() });
