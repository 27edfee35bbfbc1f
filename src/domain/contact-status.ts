// The lapse status of a partner relationship: how long since the last contact,
// measured against its rubriek's contact frequency.
import { DateTime } from 'luxon';
import type { CategoryRule, LapseStatus } from '../core/register-types.ts';
import { DEFAULT_CATEGORY_RULE } from './category-rule.ts';

export { DEFAULT_CATEGORY_RULE, ZCategoryRule } from './category-rule.ts';

export interface ContactStatus {
  status: LapseStatus;
  /** Calendar days since the last contact in the team's timezone; null when never contacted. */
  daysSince: number | null;
}

/** Most urgent first: overdue, then late, then never contacted, then on time. */
export const STATUS_ORDER: readonly LapseStatus[] = ['red', 'yellow', 'grey', 'green'];

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Status of one relationship. Days are counted as calendar days on the team's wall
 * clock, so a contact yesterday 23:30 is 1 day ago at 00:30 today.
 */
export function statusFor(
  lastContactAt: Date | null,
  rule: CategoryRule | null,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): ContactStatus {
  if (lastContactAt === null) return { status: 'grey', daysSince: null };
  const { idealIntervalDays, maxIntervalDays } = rule ?? DEFAULT_CATEGORY_RULE;
  const daysSince = countCalendarDays(lastContactAt, now, timeZone);
  if (daysSince <= idealIntervalDays) return { status: 'green', daysSince };
  if (daysSince <= maxIntervalDays) return { status: 'yellow', daysSince };
  return { status: 'red', daysSince };
}

/** Sort comparator: by STATUS_ORDER, then the longest silence first. */
export function compareByUrgency(a: ContactStatus, b: ContactStatus): number {
  const byStatus = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  return (b.daysSince ?? 0) - (a.daysSince ?? 0);
}

// A contact logged slightly in the future (clock skew, planned visit) counts as today.
function countCalendarDays(from: Date, to: Date, timeZone: string): number {
  const start = DateTime.fromJSDate(from, { zone: timeZone }).startOf('day');
  const end = DateTime.fromJSDate(to, { zone: timeZone }).startOf('day');
  if (!start.isValid || !end.isValid) {
    throw new Error(`Onbekende tijdzone '${timeZone}': gebruik een IANA-naam zoals Europe/Amsterdam.`);
  }
  return Math.max(0, Math.round(end.diff(start, 'days').days));
}
