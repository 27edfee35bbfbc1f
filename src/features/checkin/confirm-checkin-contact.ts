// The one-click "Contact met <partner> vastleggen" under a check-in confirmation: logs
// the contact the person wrote about, once per answer and partner, and redraws the
// confirmation with that partner marked as logged instead of a live button.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { buildPartnerIndex, matchPartnersWithIndex } from '../../domain/partner-match.ts';
import type { Turn } from '../../bot/feature.ts';
import { decodeParts } from '../../domain/answer-parts.ts';
import { buildConfirmationMessage, decodeConfirmValue } from './contact-confirmation.ts';
import type { CheckinPorts } from './checkin-ports.ts';
import type { AskAfterContact } from '../contact-log/contact-log-ports.ts';

const ZConfirmValue = z.string().max(2000).transform(decodeConfirmValue).pipe(z.object({
  answerId: z.uuid(), partnerId: z.uuid(), open: z.array(z.uuid()).max(20), logged: z.array(z.uuid()).max(20),
}));

export async function confirmCheckinContact(ports: CheckinPorts, turn: Turn<InboundOf<'action'>>, askAfter?: AskAfterContact): Promise<Reply[]> {
  const parsed = ZConfirmValue.safeParse(turn.inbound.value);
  const answer = parsed.success ? await ports.findAnswerById(parsed.data.answerId) : null;
  const partnerId = parsed.success ? parsed.data.partnerId : '';
  if (!answer || answer.staffId !== turn.actor.staff.id || !answer.partnerIds.includes(partnerId)) {
    throw new DomainError('checkin_contact_unknown', 'Deze knop hoort niet bij een antwoord van jou.', { promptKey: 'checkin.contact_unknown' });
  }
  const partner = await turn.deps.ports.register.findPartner(partnerId);
  if (!partner || partner.organisationId !== turn.actor.organisation.id) {
    throw new DomainError('checkin_contact_unknown', 'Deze partner bestaat niet (meer).', { promptKey: 'checkin.contact_unknown' });
  }
  const assignments = await turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id);
  const level = assignments.find((a) => a.partnerId === partnerId)?.level ?? 'operationeel';
  // False on a second click (double click, another device): nothing is logged twice and the redraw is the same.
  const logged = await ports.recordCheckinContact({
    organisationId: turn.actor.organisation.id, answerId: answer.id, staffId: turn.actor.staff.id, partnerId, level,
    occurredAt: turn.deps.clock.now(), note: findItemNaming(answer, partner),
  });
  const { open, logged: before } = parsed.data!;
  const names = new Map((await ports.listPartnerNames(turn.actor.organisation.id)).map((p) => [p.id, p.name]));
  const named = (ids: string[]) => ids.filter((id) => names.has(id) && answer.partnerIds.includes(id)).map((id) => ({ partnerId: id, name: names.get(id)! }));
  const state = { answerId: answer.id, open: named(open.filter((id) => id !== partnerId)), logged: named([...before.filter((id) => id !== partnerId), partnerId]) };
  const after = logged && askAfter ? await askAfter(turn, partnerId) : [];
  return [{ type: 'update_source', message: buildConfirmationMessage(turn, answer, state) }, ...after];
}

/** The "gedaan" item that names the partner becomes the contact's note. */
function findItemNaming(answer: Parameters<typeof decodeParts>[0], partner: { id: string; name: string; aliases: string[] }): string | null {
  const index = buildPartnerIndex([partner]);
  const items = decodeParts(answer).parts.flatMap((p) => p.done);
  const item = items.find((i) => matchPartnersWithIndex(i, index).length > 0);
  return item ? item.slice(0, 2000) : null;
}
