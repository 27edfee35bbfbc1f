// One temporary folder per test run, in memory (/dev/shm) where the machine has it.
// Tests copy PGlite clusters (~1,000 files, 40 MB) and start bots on fresh DATA_DIRs: on
// this machine's ext4 a copy costs ~800 ms of system time, on tmpfs ~40 ms. TMPDIR is set
// before vitest forks its workers, so every worker, and every process a test starts, uses
// it through os.tmpdir(); whatever a test leaves behind goes with the folder at the end.
import { accessSync, constants, mkdtempSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MEMORY_FS = '/dev/shm';
// A container's /dev/shm is often 64 MB; a run needs a few GB at its peak.
const NEEDED_BYTES = 4 * 1024 ** 3;

export function openRunTmpdir(): { path: string; dispose(): void } {
  const previous = process.env.TMPDIR;
  const path = mkdtempSync(join(inMemory() ? MEMORY_FS : tmpdir(), 'rro-test-run-'));
  process.env.TMPDIR = path;
  return {
    path,
    dispose() {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(path, { recursive: true, force: true });
    },
  };
}

function inMemory(): boolean {
  if (process.env.RRO_TEST_TMPDIR === 'disk') return false;
  try {
    if (!statSync(MEMORY_FS).isDirectory()) return false;
    accessSync(MEMORY_FS, constants.W_OK);
    const fs = statfsSync(MEMORY_FS);
    return fs.bavail * fs.bsize >= NEEDED_BYTES;
  } catch {
    return false;
  }
}
