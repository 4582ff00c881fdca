import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './esbuild-bundles.js';

/** The probe scripts, bundled to plain JavaScript, by what they measure. */
export interface ProbeScripts {
  coldStart: string;
  throughput: string;
  peakRss: string;
  batchResponse: string;
}

async function bundleProbe(name: string, outdir: string): Promise<string> {
  const entry = fileURLToPath(new URL(`./probes/${name}.ts`, import.meta.url));
  return (await bundleForNode(entry, join(outdir, `${name}.mjs`))).file;
}

/** Bundles every probe into `outdir`, once per bench run. */
export async function bundleProbeScripts(outdir: string): Promise<ProbeScripts> {
  return {
    coldStart: await bundleProbe('cold-start-probe', outdir),
    throughput: await bundleProbe('throughput-probe', outdir),
    peakRss: await bundleProbe('peak-rss-probe', outdir),
    batchResponse: await bundleProbe('batch-response-probe', outdir),
  };
}
