import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BENCH_USAGE,
  bundleProbeScripts,
  childrenCpuSeconds,
  copyWorkspace,
  describeMachine,
  formatDuration,
  parseBenchOptions,
} from '../src/index.js';
import { type BenchPlan, fullPlan, quickPlan } from './bench-plan.js';
import { blueprintCases } from './blueprint-cases.js';
import { agreeingContenders, findDisagreements } from './contender-agreement.js';
import { bundleEmptyHandler, prepareBlueprint } from './contender-bundles.js';
import { progressLog } from './progress-log.js';
import { type BenchReport, writeBenchmarkDocs } from './report/benchmarks-document.js';
import { coldStartSection } from './report/cold-start-section.js';
import { memorySection } from './report/memory-section.js';
import type { ReportSection } from './report/report-section.js';
import { scaffoldSection } from './report/scaffold-section.js';
import { scaleSection } from './report/scale-section.js';
import { throughputSection } from './report/throughput-section.js';
import { type BlueprintFigures, measureBlueprint } from './suites/blueprint-figures.js';
import { generatorMissing, runScaffoldSuite, scaffoldSuiteFunctions } from './suites/scaffold-suite.js';
import { removeFunctions, runScaleSuite } from './suites/scale-suite.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const workspaceRoot = join(packageRoot, '..', '..');

/** Cold start, throughput and memory of every blueprint against its contenders. */
async function blueprintSections(workdir: string, plan: BenchPlan, log: (message: string) => void) {
  const probes = await bundleProbeScripts(workdir);
  const floor = await bundleEmptyHandler(workdir);
  const figures: BlueprintFigures[] = [];
  const leftOut: BenchReport['leftOut'] = [];
  for (const blueprintCase of blueprintCases) {
    const { folder } = blueprintCase;
    log(`${folder}: building the blueprint, bundling its contenders, checking they do the same work`);
    const blueprint = await prepareBlueprint(workspaceRoot, workdir, blueprintCase, floor, plan.batchRecords);
    const disagreements = findDisagreements(probes, blueprint);
    leftOut.push(...disagreements.map((disagreement) => ({ folder, disagreement })));
    log(`${folder}: cold start, throughput, memory`);
    figures.push(measureBlueprint(probes, blueprint, agreeingContenders(blueprint, disagreements), plan));
  }
  return {
    sections: [coldStartSection(figures, plan), throughputSection(figures, plan), memorySection(figures, plan)],
    leftOut,
  };
}

/** Scaffold-to-green and scale, in a temporary copy of the workspace. */
async function workspaceSections(plan: BenchPlan, log: (message: string) => void): Promise<ReportSection[]> {
  const missing = generatorMissing(workspaceRoot);
  if (missing !== undefined) {
    log(`scaffold-to-green and scale: not measured, ${missing}`);
    return [scaffoldSection({ missing }), scaleSection({ missing })];
  }
  log('copying the workspace into a temporary folder and linking it');
  const copy = copyWorkspace(workspaceRoot);
  try {
    log('scaffold-to-green: pnpm create-function, then the new function and the blueprint tests');
    const scaffold = runScaffoldSuite(copy.root);
    removeFunctions(copy.root, scaffoldSuiteFunctions);
    log(`scale: workspaces of ${plan.scaleSizes.join(', ')} generated functions`);
    const steps = await runScaleSuite(copy.root, plan.scaleSizes, (step) =>
      log(`scale: ${step.functions} functions done`),
    );
    return [scaffoldSection(scaffold), scaleSection(steps)];
  } finally {
    copy.remove();
  }
}

async function bench(plan: BenchPlan): Promise<void> {
  const startedAt = performance.now();
  const childrenCpuBefore = childrenCpuSeconds();
  const log = progressLog(startedAt);
  // Inside this package's node_modules: the bundles made like NodejsFunction's leave @aws-sdk/* external, and it
  // resolves from here as the Lambda runtime provides it.
  const cacheDirectory = join(packageRoot, 'node_modules', '.cache');
  mkdirSync(cacheDirectory, { recursive: true });
  const workdir = mkdtempSync(join(cacheDirectory, 'bench-'));
  try {
    const measured = await blueprintSections(workdir, plan, log);
    const sections = [...measured.sections, ...(await workspaceSections(plan, log))];
    for (const section of sections) {
      process.stdout.write(`\n${section.markdown}\n`);
    }
    const elapsedSeconds = (performance.now() - startedAt) / 1000;
    const childrenCpuAfter = childrenCpuSeconds();
    const ownCpu = process.cpuUsage();
    const files = writeBenchmarkDocs(workspaceRoot, {
      machine: describeMachine(),
      plan,
      elapsedSeconds,
      cpuSeconds:
        childrenCpuBefore === undefined || childrenCpuAfter === undefined
          ? undefined
          : childrenCpuAfter - childrenCpuBefore + (ownCpu.user + ownCpu.system) / 1e6,
      sections,
      leftOut: measured.leftOut,
    });
    log(`wrote ${files.join(' and ')} (${formatDuration(elapsedSeconds)})`);
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

try {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(BENCH_USAGE);
  } else {
    await bench(options.quick ? quickPlan : fullPlan);
  }
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
}
