// Whether a staff member is away on a local calendar day (awayUntil is inclusive).
import type { Staff } from '../core/register.ts';

/** localDate is YYYY-MM-DD in the person's (or team's) timezone. */
export function isAway(staff: Pick<Staff, 'awayUntil'>, localDate: string): boolean {
  return staff.awayUntil !== null && localDate <= staff.awayUntil;
}
