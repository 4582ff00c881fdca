import { readFileSync } from 'node:fs';

// Linux's USER_HZ, the unit of the times in /proc/<pid>/stat, is 100 on every architecture Node supports.
const clockTicksPerSecond = 100;

/**
 * The CPU time (user + system, in seconds) of every child process this process has waited for, their own waited-for
 * children included: fields 16 and 17 (cutime, cstime) of /proc/self/stat. Undefined where there is no /proc.
 */
export function childrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis, from field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / clockTicksPerSecond;
}
