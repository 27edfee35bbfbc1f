// The playground clock across restarts: moved to Monday 09:00 and restarted, the
// playground should still be in that week. Saved as how far it runs ahead of real
// time, so it keeps flowing while the bot is down, and never goes backwards.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const ZSavedClock = z.object({ version: z.literal(1), aheadMs: z.number().int().nonnegative() });

export interface MovableClock {
  now(): Date;
  set(instant: Date): void;
}

export async function saveClock(file: string, clock: MovableClock): Promise<void> {
  const aheadMs = Math.max(0, clock.now().getTime() - Date.now());
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ version: 1, aheadMs }), 'utf8');
}

/** Moves the clock forward to where it was; a missing or unreadable file leaves it alone. */
export async function restoreClock(file: string, clock: MovableClock): Promise<void> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw === null) return;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return;
  }
  const saved = ZSavedClock.safeParse(json);
  if (!saved.success) return;
  const target = new Date(Date.now() + saved.data.aheadMs);
  if (target.getTime() > clock.now().getTime()) clock.set(target);
}
