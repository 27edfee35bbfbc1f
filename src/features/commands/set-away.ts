// "afwezig tot <datum>" and "terug": while away a person gets no check-in,
// reminders or nudges (the jobs skip staff whose awayUntil is today or later).
import { DateTime } from 'luxon';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { parseAwayDate } from './parse-away-date.ts';

const MAX_AWAY_DAYS = 366;

/** Marks the start of an absence and hands it over at the end (see nudge/hand-over-absence). */
export interface AbsenceHooks {
  started(staffId: string, localDate: string): Promise<void>;
  ended(staffId: string, localDate: string): Promise<void>;
}

export async function setAway(turn: Turn<InboundOf<'command'>>, args: string, hooks?: AbsenceHooks): Promise<Reply[]> {
  const today = localDateOf(turn.deps.clock.now(), turn.actor.timeZone);
  const until = args.trim() === '' ? null : parseAwayDate(args, today);
  if (!until) return ephemeral(turn.t('commands.away_no_date', { text: args.trim() || '—' }));
  if (until < today) return ephemeral(turn.t('commands.away_in_past', { date: formatDay(until, turn.actor.language) }));
  const days = DateTime.fromISO(until).diff(DateTime.fromISO(today), 'days').days;
  if (days > MAX_AWAY_DAYS) return ephemeral(turn.t('commands.away_too_far', { days: MAX_AWAY_DAYS }));
  await turn.deps.ports.staff.updateStaff(turn.actor.staff.id, { awayUntil: until });
  await hooks?.started(turn.actor.staff.id, today);
  return ephemeral(turn.t('commands.away_set', { date: formatDay(until, turn.actor.language) }));
}

export async function clearAway(turn: Turn<InboundOf<'command'>>, hooks?: AbsenceHooks): Promise<Reply[]> {
  if (turn.actor.staff.awayUntil === null) return ephemeral(turn.t('commands.back_not_away'));
  await turn.deps.ports.staff.updateStaff(turn.actor.staff.id, { awayUntil: null });
  await hooks?.ended(turn.actor.staff.id, localDateOf(turn.deps.clock.now(), turn.actor.timeZone));
  return ephemeral(turn.t('commands.back_set'));
}

export function formatDay(localDate: string, language: string): string {
  return DateTime.fromISO(localDate).setLocale(language === 'en' ? 'en-GB' : 'nl-NL').toFormat('cccc d MMMM yyyy');
}
