import { type CommandRun, formatSeconds } from '../../src/index.js';

/** A command's wall time, with the CPU time of its processes beside it where the system reports it. */
export const commandRunCell = (run: CommandRun): string =>
  run.cpuSeconds === undefined
    ? formatSeconds(run.seconds)
    : `${formatSeconds(run.seconds)} (CPU ${formatSeconds(run.cpuSeconds)})`;
