// The one-click "Contact met <partner> loggen" under a check-in confirmation: logs
// the contact the person wrote about, once per answer and partner.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { buildPartnerIndex, matchPartnersWithIndex } from '../../domain/partner-match.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { decodeParts } from '../../domain/answer-parts.ts';
import type { CheckinPorts } from './checkin-ports.ts';

const ZConfirmValue = z.string().transform((v) => v.split('|')).pipe(z.tuple([z.uuid(), z.uuid()]));

export async function confirmCheckinContact(ports: CheckinPorts, turn: Turn<InboundOf<'action'>>): Promise<Reply[]> {
  const parsed = ZConfirmValue.safeParse(turn.inbound.value);
  const answer = parsed.success ? await ports.findAnswerById(parsed.data[0]) : null;
  const partnerId = parsed.success ? parsed.data[1] : '';
  if (!answer || answer.staffId !== turn.actor.staff.id || !answer.partnerIds.includes(partnerId)) {
    throw new DomainError('checkin_contact_unknown', 'Deze knop hoort niet bij een antwoord van jou.', { promptKey: 'checkin.contact_unknown' });
  }
  const partner = await turn.deps.ports.register.findPartner(partnerId);
  if (!partner || partner.organisationId !== turn.actor.organisation.id) {
    throw new DomainError('checkin_contact_unknown', 'Deze partner bestaat niet (meer).', { promptKey: 'checkin.contact_unknown' });
  }
  const assignments = await turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id);
  const level = assignments.find((a) => a.partnerId === partnerId)?.level ?? 'operationeel';
  const logged = await ports.recordCheckinContact({
    organisationId: turn.actor.organisation.id, answerId: answer.id, staffId: turn.actor.staff.id, partnerId, level,
    occurredAt: turn.deps.clock.now(), note: findItemNaming(answer, partner),
  });
  const key = logged ? 'checkin.contact_logged' : 'checkin.contact_already';
  return ephemeral(turn.t(key, { partner: partner.name }));
}

/** The "gedaan" item that names the partner becomes the contact's note. */
function findItemNaming(answer: Parameters<typeof decodeParts>[0], partner: { id: string; name: string; aliases: string[] }): string | null {
  const index = buildPartnerIndex([partner]);
  const items = decodeParts(answer).parts.flatMap((p) => p.done);
  const item = items.find((i) => matchPartnersWithIndex(i, index).length > 0);
  return item ? item.slice(0, 2000) : null;
}
