const warmUpCalls = 2;
const rounds = 7;
const roundMs = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function roundRate(invoke: () => Promise<unknown>, recordsPerCall: number): Promise<number> {
  let calls = 0;
  const startedAt = performance.now();
  do {
    await invoke();
    calls++;
  } while (performance.now() - startedAt < roundMs);
  return (calls * recordsPerCall * 1000) / (performance.now() - startedAt);
}

/**
 * Records per second of each contender: after a JIT warm-up, the contenders take turns for several short rounds and
 * each gets the median of its rounds, so load from other processes on the machine hits them alike.
 */
export async function recordsPerSecond(invokes: (() => Promise<unknown>)[], recordsPerCall: number): Promise<number[]> {
  for (const invoke of invokes) {
    for (let call = 0; call < warmUpCalls; call++) {
      await invoke();
    }
  }
  const samples = invokes.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, invoke] of invokes.entries()) {
      samples[index]?.push(await roundRate(invoke, recordsPerCall));
    }
  }
  return samples.map(median);
}
