// Is a process still the one that wrote a lock? Its pid must run, and (on Linux)
// its start time must match: pids are reused, by containers above all.
import { readFileSync } from 'node:fs';

/** Field 22 of /proc/<pid>/stat (clock ticks after boot), or undefined without /proc or such a process. */
export function procStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
