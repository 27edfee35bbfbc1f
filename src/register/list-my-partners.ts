// "Mijn partners": every partner relationship of one person with its lapse status,
// most urgent first. Also declares the lapse-query port the store implements.
import type { AssignmentKind, LapseStatus, Level } from '../core/register-types.ts';

/** One assignment (staff ↔ partner at a level), judged on the last contact at that level. */
export interface AssignmentStatus {
  staffId: string;
  staffName: string;
  partnerId: string;
  partnerName: string;
  categoryName: string | null;
  level: Level;
  kind: AssignmentKind;
  /** Last contact with the partner by anyone, at any level. */
  lastContactAt: Date | null;
  /** Last contact with the partner at the assignment's level; the status rests on this. */
  lastContactAtLevel: Date | null;
  /** Calendar days since lastContactAtLevel in the given time zone; null when never. */
  daysSince: number | null;
  status: LapseStatus;
  idealIntervalDays: number;
  maxIntervalDays: number;
}

export interface AssignmentStatusParams {
  organisationId: string;
  staffId?: string | undefined;
  teamId?: string | undefined;
  now: Date;
  timeZone: string;
  /** Only yellow and red. */
  onlyLapsed?: boolean | undefined;
  /** Leave out staff whose awayUntil is today or later. */
  excludeAway?: boolean | undefined;
}

/** Rows ordered by staff, then urgency (red, yellow, grey, green; most days first). */
export interface LapseQuery {
  assignmentStatuses(params: AssignmentStatusParams): Promise<AssignmentStatus[]>;
}

export interface ListMyPartnersOptions {
  organisationId: string;
  staffId: string;
  now: Date;
  timeZone: string;
}

// Away staff still see their own partners: being away pauses nudges, not the overview.
export async function listMyPartners(query: LapseQuery, options: ListMyPartnersOptions): Promise<AssignmentStatus[]> {
  return query.assignmentStatuses({ ...options, onlyLapsed: false, excludeAway: false });
}
