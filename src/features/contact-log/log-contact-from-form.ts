// Submit of the contact-log form: logs the moment through the register use-case
// and, when the form came from a nudge, settles that nudge.
import { z } from 'zod';
import { isDomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { instantAt, localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { logContactMoment } from '../../register/log-contact-moment.ts';
import type { AfterContactLogged, AskAfterContact, ContactLogPorts } from './contact-log-ports.ts';
import { formatShortDate } from './format-short-date.ts';
import { readContactLogValues } from './read-contact-log-values.ts';

const FIELD_OF_CODE: Record<string, string> = {
  partner_not_found: 'partner', partner_archived: 'partner',
  contact_in_future: 'date', contact_too_old: 'date', note_contains_bsn: 'note',
};
const ZNudgeContext = z.string().regex(/^nudge:/).transform((s) => s.slice('nudge:'.length)).pipe(z.uuid());

export async function logContactFromForm(turn: Turn<InboundOf<'form_submitted'>>, ports: ContactLogPorts, suggest?: AfterContactLogged, askAfter?: AskAfterContact): Promise<Reply[]> {
  const read = readContactLogValues(turn.inbound.values, turn.t);
  if (!read.ok) return [{ type: 'form_errors', errors: read.errors }];
  const { actor, deps } = turn;
  const now = deps.clock.now();
  const today = localDateOf(now, actor.timeZone);
  const date = read.values.date ?? today;
  if (date > today) return [{ type: 'form_errors', errors: { date: turn.t('contact.error_future') } }];
  const nudge = ZNudgeContext.safeParse(turn.inbound.context);
  // A chosen contact person must belong to the partner; their level is the contact's level.
  const person = read.values.contactPersonId ? await deps.ports.register.findPartnerContact(read.values.contactPersonId) : null;
  if (read.values.contactPersonId && person?.partnerId !== read.values.partnerId) return [{ type: 'form_errors', errors: { person: turn.t('network.error_contact_person') } }];
  // Today's contact is "now"; an earlier day gets midday, so the day stays right in any timezone.
  const occurredAt = date === today ? now : instantAt(date, '12:00', actor.timeZone);
  try {
    await logContactMoment(deps.ports, {
      organisationId: actor.organisation.id,
      staffId: actor.staff.id,
      partnerId: read.values.partnerId,
      occurredAt,
      channel: read.values.channel,
      level: person?.level ?? read.values.level,
      note: read.values.note,
      source: nudge.success ? 'nudge' : 'form',
    }, now);
  } catch (err) {
    const field = isDomainError(err) ? FIELD_OF_CODE[err.code] : undefined;
    if (!field || !isDomainError(err)) throw err;
    const text = err.code === 'partner_not_found' ? turn.t('contact.error_unknown_partner') : err.message;
    return [{ type: 'form_errors', errors: { [field]: text } }];
  }
  if (nudge.success) await ports.markNudgeLogged(nudge.data, actor.staff.id, now);
  const partner = await deps.ports.register.findPartner(read.values.partnerId);
  const text = turn.t('contact.logged', { partner: partner?.name ?? '—', date: formatShortDate(date, actor.language) });
  const extra = suggest ? await suggest(turn, read.values.partnerId) : [];
  const after = askAfter ? await askAfter(turn, read.values.partnerId) : [];
  return [...ephemeral(text, extra.length > 0 ? [{ type: 'section', text }, ...extra] : []), ...after];
}
