// The playground's clock buttons: where each one moves "now" to, in the team's
// timezone. The clock never goes backwards (the scheduler only catches up).
import { DateTime } from 'luxon';
import { z } from 'zod';

export const ZClockRequest = z.object({
  action: z.enum(['next-monday-0900', 'next-tuesday-0930', 'plus-hour', 'plus-day', 'set'], {
    error: 'Onbekende klokactie: kies next-monday-0900, next-tuesday-0930, plus-hour, plus-day of set.',
  }),
  at: z.coerce.date({ error: 'Geef bij "set" een geldig tijdstip (at, ISO 8601).' }).optional(),
});
export type ClockRequest = z.infer<typeof ZClockRequest>;

export class ClockMoveError extends Error {}

/** The next moment on this ISO weekday at HH:MM that lies after now. */
function nextWeekdayAt(now: Date, zone: string, weekday: number, hour: number, minute: number): Date {
  const local = DateTime.fromJSDate(now, { zone });
  let candidate = local.set({ hour, minute, second: 0, millisecond: 0 }).plus({ days: (weekday - local.weekday + 7) % 7 });
  if (candidate <= local) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

export function computeClockTarget(req: ClockRequest, now: Date, zone: string): Date {
  switch (req.action) {
    case 'next-monday-0900':
      return nextWeekdayAt(now, zone, 1, 9, 0);
    case 'next-tuesday-0930':
      return nextWeekdayAt(now, zone, 2, 9, 30);
    case 'plus-hour':
      return new Date(now.getTime() + 3_600_000);
    case 'plus-day':
      return DateTime.fromJSDate(now, { zone }).plus({ days: 1 }).toJSDate();
    case 'set': {
      if (!req.at) throw new ClockMoveError('Geef bij "set" een tijdstip mee (at, bijvoorbeeld 2026-11-23T09:00:00+01:00).');
      if (req.at.getTime() < now.getTime()) {
        throw new ClockMoveError(`De klok kan niet terug: kies een tijdstip na ${now.toISOString()}.`);
      }
      return req.at;
    }
  }
}
