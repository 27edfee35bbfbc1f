// Whether a lapsed relationship gets a nudge today. Nudges stay quiet: no repeat
// within a week, none while snoozed or after "niet (meer) mijn partner", and a
// partner that is still red after an earlier nudge goes to the lead's agenda
// (escalation) instead of louder DMs. A never-contacted (grey) assignment counts
// once its grace period from the start has passed (the caller knows the start),
// and "ingepland op <datum>" holds the escalation until the day after that date.
import type { LapseStatus } from '../core/register-types.ts';

export const REPEAT_WINDOW_DAYS = 7;
/** Days after a planned contact's date before the lapse may escalate again. */
export const PLANNED_GRACE_DAYS = 1;
const DAY_MS = 86_400_000;

export interface NudgeContext {
  /** A grey (never contacted) assignment whose grace period has passed. */
  neverContactedDue?: boolean;
}

export type NudgeDecision = 'nudge' | 'escalate' | 'skip';

/** What the rule reads of an assignment's status (AssignmentStatus has more). */
export interface LapsedRow {
  status: LapseStatus;
  lastContactAtLevel: Date | null;
}

/** What the rule reads of an earlier nudge (NudgeRecord has more). */
export interface EarlierNudge {
  sentAt: Date;
  snoozedUntil: Date | null;
  outcome: 'logged' | 'planned' | 'snoozed' | 'not_mine' | 'escalated' | null;
  /** The local date of an "ingepland" answer (00:00 UTC), when one was given. */
  plannedFor?: Date | null;
}

/** `history`: this person's nudges about this partner, newest first. */
export function decideNudge(row: LapsedRow, history: readonly EarlierNudge[], now: Date, context: NudgeContext = {}): NudgeDecision {
  const greyDue = row.status === 'grey' && context.neverContactedDue === true;
  if (row.status !== 'yellow' && row.status !== 'red' && !greyDue) return 'skip';
  if (history.some((h) => h.snoozedUntil !== null && h.snoozedUntil > now)) return 'skip';
  // plannedFor is the local date at 00:00 UTC: hold through that day and the grace day after it.
  if (history.some((h) => h.outcome === 'planned' && h.plannedFor && now.getTime() < h.plannedFor.getTime() + (PLANNED_GRACE_DAYS + 1) * DAY_MS)) return 'skip';
  const latest = history[0];
  if (latest?.outcome === 'not_mine') return 'skip';
  const lastContact = row.lastContactAtLevel;
  const sinceContact = history.filter((h) => lastContact === null || h.sentAt > lastContact);
  // Already with the lead; a new contact starts the cycle again.
  if (sinceContact.some((h) => h.outcome === 'escalated')) return 'skip';
  if (latest && now.getTime() - latest.sentAt.getTime() < REPEAT_WINDOW_DAYS * DAY_MS) return 'skip';
  if ((row.status === 'red' || greyDue) && sinceContact.length > 0) return 'escalate';
  return 'nudge';
}
