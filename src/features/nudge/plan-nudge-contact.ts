// Submit of "Ingepland": the nudge gets outcome 'planned' and the planned contact
// becomes a commitment, so the RRO can follow it up.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { NudgePorts } from './nudge-ports.ts';
import { redrawNudgeDm } from './redraw-nudge-dm.ts';
import { requireOwnNudge } from './require-own-nudge.ts';

const MAX_DAYS_AHEAD = 366;

export async function planNudgeContact(turn: Turn<InboundOf<'form_submitted'>>, ports: NudgePorts): Promise<Reply[]> {
  const nudge = await requireOwnNudge(turn, ports, turn.inbound.context);
  const raw = [turn.inbound.values.date].flat()[0] ?? '';
  const date = z.iso.date().safeParse(raw.trim());
  if (!date.success) return [{ type: 'form_errors', errors: { date: turn.t('nudge.plan_error_date') } }];
  const now = turn.deps.clock.now();
  const today = localDateOf(now, turn.actor.timeZone);
  const latest = localDateOf(new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000), turn.actor.timeZone);
  if (date.data < today || date.data > latest) return [{ type: 'form_errors', errors: { date: turn.t('nudge.plan_error_range') } }];
  const when = formatShortDate(date.data, turn.actor.language);
  const text = turn.t('nudge.plan_commitment', { partner: nudge.partnerName, date: when });
  await ports.planNudge(nudge.id, turn.actor.staff.id, { text, dueDate: date.data }, now);
  await redrawNudgeDm(turn, ports, nudge.id);
  return ephemeral(turn.t('nudge.planned_done', { partner: nudge.partnerName, date: when }));
}
