// "Snooze" on a nudge: no nudges about this partner for one or two weeks.
import { DateTime } from 'luxon';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { NudgePorts } from './nudge-ports.ts';
import { redrawNudgeDm } from './redraw-nudge-dm.ts';
import { requireOwnNudge } from './require-own-nudge.ts';

const SNOOZE_DAYS = new Set([7, 14]);

export async function snoozeNudge(turn: Turn<InboundOf<'action'>>, ports: NudgePorts): Promise<Reply[]> {
  const { nudgeId, days } = readSnoozeChoice(turn.inbound.value, turn.inbound.selected ?? []);
  const nudge = await requireOwnNudge(turn, ports, nudgeId);
  const now = turn.deps.clock.now();
  const until = DateTime.fromJSDate(now, { zone: turn.actor.timeZone }).plus({ days });
  await ports.settleNudge(nudge.id, turn.actor.staff.id, { outcome: 'snoozed', at: now, snoozedUntil: until.toJSDate() });
  await redrawNudgeDm(turn, ports, nudge.id);
  const text = turn.t('nudge.snoozed', { partner: nudge.partnerName, date: formatShortDate(until.toISODate() as string, turn.actor.language) });
  return ephemeral(text);
}

/** Option values are '<nudgeId>:<days>'; a platform that passes the id as value may send just '<days>'. */
function readSnoozeChoice(value: string, selected: string[]): { nudgeId: string; days: number } {
  const choice = selected[0] ?? '';
  const [id, daysText] = choice.includes(':') ? choice.split(':') : [value, choice];
  const days = Number(daysText);
  if (!SNOOZE_DAYS.has(days)) {
    throw new DomainError('snooze_invalid', 'Kies 1 of 2 weken uitstel.', { promptKey: 'nudge.error_snooze' });
  }
  return { nudgeId: id ?? '', days };
}
