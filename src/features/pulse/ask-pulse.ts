// After a logged contact: "Hoe staat de relatie ervoor?" — at most once per partner,
// person and calendar month (shouldAskPulse), so the question stays a one-tap extra.
import type { Reply } from '../../core/outbound.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { Turn } from '../../bot/feature.ts';
import { previousMonth, pulseMonthOf, shouldAskPulse } from '../../domain/relationship-pulse.ts';
import type { PulsePorts } from './pulse-ports.ts';
import { buildPulseQuestion } from './pulse-question.ts';

/** A separate message, so a tap redraws the question alone and leaves the contact's confirmation as it was. */
export async function askPulse(turn: Turn, ports: PulsePorts, partnerId: string): Promise<Reply[]> {
  const { actor, deps } = turn;
  const now = deps.clock.now();
  const month = pulseMonthOf(now, actor.timeZone);
  const asked = await ports.listAskedMonths(partnerId, actor.staff.id, previousMonth(month));
  if (!shouldAskPulse(asked, month)) return [];
  const partner = await deps.ports.register.findPartner(partnerId);
  if (!partner || partner.organisationId !== actor.organisation.id) return [];
  const key = { organisationId: actor.organisation.id, partnerId, staffId: actor.staff.id, month };
  if (!(await ports.markAsked(key, now))) return [];
  return ephemeral(turn.t('pulse.question', { partner: partner.name }), buildPulseQuestion(turn.t, partner, month, { trust: null, communication: null }));
}
