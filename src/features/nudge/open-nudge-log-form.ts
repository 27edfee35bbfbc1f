// "Contact gelogd" on a nudge: the contact-log form, prefilled with the partner
// and level; on submit the contact-log feature settles the nudge as 'logged'.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { buildContactLogForm } from '../contact-log/contact-log-form.ts';
import { listMyPartners } from '../../register/list-my-partners.ts';
import type { NudgePorts } from './nudge-ports.ts';
import { requireOwnNudge } from './require-own-nudge.ts';

export async function openNudgeLogForm(turn: Turn<InboundOf<'action'>>, ports: NudgePorts): Promise<Reply[]> {
  const nudge = await requireOwnNudge(turn, ports, turn.inbound.value);
  const { actor, deps } = turn;
  const now = deps.clock.now();
  const mine = await listMyPartners(deps.ports.lapse, { organisationId: actor.organisation.id, staffId: actor.staff.id, now, timeZone: actor.timeZone });
  const partners = [{ label: nudge.partnerName, value: nudge.partnerId }, ...mine.map((p) => ({ label: p.partnerName, value: p.partnerId }))];
  const form = buildContactLogForm(turn.t, {
    partners, partnerId: nudge.partnerId, level: nudge.level, context: `nudge:${nudge.id}`, today: localDateOf(now, actor.timeZone),
  });
  return [{ type: 'open_form', form }];
}
