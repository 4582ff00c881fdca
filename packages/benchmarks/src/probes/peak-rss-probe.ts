import {
  expectNoFailures,
  invocationContext,
  loadHandler,
  probeArguments,
  readEvent,
  writeResult,
} from './probe-support.js';

// One invocation with a large batch, then the process's peak resident set size (the memory Lambda bills against).
const [handlerFile = '', eventFile = ''] = probeArguments(2, '<handler file> <event file>');
const handler = await loadHandler(handlerFile);
expectNoFailures(handlerFile, await handler(readEvent(eventFile), invocationContext('peak-rss')));
// maxRSS is in kilobytes.
writeResult({ peakRssBytes: process.resourceUsage().maxRSS * 1024 });
