/**
 * Measures every subject `runs` times, taking turns (and starting each turn one subject later), so that load from
 * other processes on a shared machine, and any effect of going first, hits every subject alike. Returns the samples
 * of each subject, in the subjects' order.
 */
export function measureInTurns<TSubject, TSample>(
  subjects: readonly TSubject[],
  runs: number,
  measure: (subject: TSubject) => TSample,
): TSample[][] {
  const samples = subjects.map((): TSample[] => []);
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < subjects.length; turn++) {
      const index = (run + turn) % subjects.length;
      samples[index]?.push(measure(subjects[index] as TSubject));
    }
  }
  return samples;
}
