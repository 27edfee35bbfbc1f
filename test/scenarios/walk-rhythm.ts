// Steps the harness clock through every moment of the teams' rhythm (check-in,
// reminder, agenda, nudge and digest times, read from the database) up to a target
// instant, so each scheduled job runs at its own time and never as a late catch-up.
import { DateTime } from 'luxon';
import { instantAt, localDateOf } from '../../src/domain/period-key.ts';
import type { BotHarness } from '../support/bot-harness.ts';

/** The digest job's fixed time (src/features/digest/digest-job.ts). */
const DIGEST_TIME = '09:00';

export async function createRhythmWalker(h: BotHarness, timeZone: string) {
  const teams = await h.db.prisma.team.findMany();
  const times = [...new Set(teams.flatMap((t) => [t.checkinTime, t.reminderTime, t.agendaTime, t.nudgeTime]).concat(DIGEST_TIME))].sort();

  /** Moves to `localDate` `time`, running the jobs of every rhythm moment on the way; returns the run keys. */
  return async function walkTo(localDate: string, time: string): Promise<string[]> {
    const target = instantAt(localDate, time, timeZone);
    if (target < h.clock.now()) throw new Error(`walkTo: ${localDate} ${time} ligt vóór de klok van de test`);
    const ran: string[] = [];
    let day = DateTime.fromISO(localDateOf(h.clock.now(), timeZone), { zone: timeZone });
    for (; (day.toISODate() as string) <= localDate; day = day.plus({ days: 1 })) {
      if (day.weekday > 5) continue; // every rhythm cron runs Monday–Friday
      for (const moment of times.map((t) => instantAt(day.toISODate() as string, t, timeZone))) {
        if (moment > h.clock.now() && moment < target) ran.push(...(await h.advanceTo(moment)));
      }
    }
    ran.push(...(await h.advanceTo(target)));
    // The nightly retention job (privacy) runs every day; it is not part of the rhythm.
    return ran.filter((key) => !key.startsWith('retention:'));
  };
}
