import { sqsEvent } from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  batchOutcomeOf,
  bundleProbeScripts,
  measureColdStart,
  measurePeakRss,
  measureThroughput,
  ProbeFailedError,
  type ProbeScripts,
} from '../src/index.js';
import { type HandlerFolder, handlerFolder, handlerSources } from './support/handler-bundles.js';

let folder: HandlerFolder;
let probes: ProbeScripts;
let event: string;
const orders = sqsEvent({ count: 3 });

beforeAll(async () => {
  folder = handlerFolder();
  probes = await bundleProbeScripts(folder.path);
  event = folder.event('orders', orders);
});
afterAll(() => folder.remove());

describe('batchOutcomeOf', () => {
  it('returns the failures the handler reports', () => {
    // Prepare
    const handler = folder.handler('failing', handlerSources.failingEveryRecord);

    // Act
    const outcome = batchOutcomeOf(probes, handler, event);

    // Assess
    const failures = orders.Records.map((record) => ({ itemIdentifier: record.messageId }));
    expect(outcome).toEqual({ response: { batchItemFailures: failures } });
  });

  it('returns the error the handler throws, by name and message', () => {
    // Prepare
    const handler = folder.handler('throwing', handlerSources.throwing);

    // Act
    const outcome = batchOutcomeOf(probes, handler, event);

    // Assess
    expect(outcome).toEqual({ thrown: 'TypeError: the queue is gone' });
  });
});

describe('the measurements', () => {
  it('give one cold start, wall and CPU time, per handler', () => {
    // Prepare
    const handlers = ['first', 'second'].map((name) => folder.handler(name, handlerSources.succeeding));

    // Act
    const figures = measureColdStart(probes, handlers, event, 2);

    // Assess
    expect(figures).toEqual([
      { wallMs: expect.any(Number), cpuMs: expect.any(Number) },
      { wallMs: expect.any(Number), cpuMs: expect.any(Number) },
    ]);
  });

  it('give one rate per handler from a single throughput probe', () => {
    // Prepare
    const handlers = ['fast', 'also-fast'].map((name) => folder.handler(name, handlerSources.succeeding));

    // Act
    const rates = measureThroughput(probes, handlers, event, { warmUpCalls: 1, rounds: 1, roundMs: 1 });

    // Assess
    expect(rates).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('give one peak resident set size per handler, in bytes', () => {
    // Prepare
    const handler = folder.handler('resident', handlerSources.succeeding);

    // Act
    const [peak] = measurePeakRss(probes, [handler], event, 1);

    // Assess
    expect(peak).toBeGreaterThan(1024 * 1024);
  });

  it('refuse a handler that fails records of an event whose records are all valid', () => {
    // Prepare
    const handler = folder.handler('failing-cold', handlerSources.failingEveryRecord);

    // Act
    const measuring = () => measureColdStart(probes, [handler], event, 1);

    // Assess
    expect(measuring).toThrow(ProbeFailedError);
    expect(measuring).toThrow(/reported 3 batch item failures/);
  });

  it('refuse a bundle that exports no handler', () => {
    // Prepare
    const bundle = folder.handler('no-handler', handlerSources.withoutHandler);

    // Act
    const measuring = () => measurePeakRss(probes, [bundle], event, 1);

    // Assess
    expect(measuring).toThrow(/exports no function named handler/);
  });
});
