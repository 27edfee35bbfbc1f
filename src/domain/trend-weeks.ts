// The instants the trend is measured at: the end (Sunday 23:59:59.999 local) of
// each of the last `count` ISO weeks, the current week measured at `now`.
import { DateTime } from 'luxon';

export interface WeekEnd { weekKey: string; at: Date }

export function listTrendWeekEnds(now: Date, timeZone: string, count = 26): WeekEnd[] {
  const current = DateTime.fromJSDate(now, { zone: timeZone });
  const out: WeekEnd[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const week = current.minus({ weeks: i });
    const end = i === 0 ? current : week.endOf('week');
    out.push({ weekKey: `${week.weekYear}-W${String(week.weekNumber).padStart(2, '0')}`, at: end.toJSDate() });
  }
  return out;
}

/** The `count` finished weeks before the one `now` lies in, oldest first. */
export function listFinishedWeekEnds(now: Date, timeZone: string, count = 26): WeekEnd[] {
  return listTrendWeekEnds(now, timeZone, count + 1).slice(0, -1);
}
