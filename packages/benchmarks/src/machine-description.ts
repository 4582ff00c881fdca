import { availableParallelism, cpus, release, totalmem, type } from 'node:os';

/** The machine the figures were measured on, as the report states it. */
export interface MachineDescription {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
}

export function describeMachine(now: Date = new Date()): MachineDescription {
  return {
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() || 'unknown CPU',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()} ${process.arch}`,
    date: now.toISOString().slice(0, 10),
  };
}
