import {
  type ColdStartFigures,
  measureColdStart,
  measurePeakRss,
  measureThroughput,
  type ProbeScripts,
} from '../../src/index.js';
import type { BenchPlan } from '../bench-plan.js';
import type { BlueprintUnderTest, Contender } from '../contender-bundles.js';
import type { ContenderRole } from '../contender-role.js';

/** A figure of one contender. */
export interface Measured<TFigure> {
  contender: Contender;
  figure: TFigure;
}

/** The figures of one blueprint, of the contenders that do its work. */
export interface BlueprintFigures {
  folder: string;
  coldStart: Measured<ColdStartFigures>[];
  throughput: Measured<number>[];
  peakRss: Measured<number>[];
}

// Each section compares the contenders that answer its question: cold start is about what a bundle costs to load
// (the floor, the blueprint, the Powertools stack, the blueprint bundled by NodejsFunction's defaults), throughput
// about the layer around the record function, memory about both.
const rolesOf: Readonly<Record<'coldStart' | 'throughput' | 'peakRss', readonly ContenderRole[]>> = {
  coldStart: ['floor', 'blueprint', 'powertools-record-schema', 'nodejs-function-defaults'],
  throughput: ['ceiling', 'blueprint', 'powertools-inner-schema', 'powertools-record-schema'],
  peakRss: ['floor', 'blueprint', 'ceiling', 'powertools-inner-schema', 'powertools-record-schema'],
};

const pick = (contenders: readonly Contender[], roles: readonly ContenderRole[]): Contender[] =>
  roles.flatMap((role) => contenders.filter((contender) => contender.role === role));

const pair = <TFigure>(contenders: readonly Contender[], figures: readonly TFigure[]): Measured<TFigure>[] =>
  contenders.map((contender, index) => ({ contender, figure: figures[index] as TFigure }));

/** Cold start, throughput and peak RSS of one blueprint and its agreeing contenders. */
export function measureBlueprint(
  probes: ProbeScripts,
  blueprint: BlueprintUnderTest,
  agreeing: readonly Contender[],
  plan: BenchPlan,
): BlueprintFigures {
  const coldStart = pick(agreeing, rolesOf.coldStart);
  const throughput = pick(agreeing, rolesOf.throughput);
  const peakRss = pick(agreeing, rolesOf.peakRss);
  const files = (contenders: readonly Contender[]) => contenders.map((contender) => contender.file);
  return {
    folder: blueprint.blueprintCase.folder,
    coldStart: pair(coldStart, measureColdStart(probes, files(coldStart), blueprint.validEvent, plan.coldStartRuns)),
    throughput: pair(throughput, measureThroughput(probes, files(throughput), blueprint.largeEvent, plan.throughput)),
    peakRss: pair(peakRss, measurePeakRss(probes, files(peakRss), blueprint.largeEvent, plan.peakRssRuns)),
  };
}
