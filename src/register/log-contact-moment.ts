// Logs that a staff member had contact with a partner, with an audit event in
// the same transaction. Rejects moments in the future, very old ones and notes
// that look like they contain a BSN (which this tool must never store).
import { DateTime } from 'luxon';
import { DomainError } from '../core/domain-error.ts';
import { ZNewContactMoment, type ContactMoment, type NewContactMoment } from '../core/register.ts';
import { containsBsn } from '../domain/bsn.ts';
import { parseInput } from './parse-input.ts';
import type { ContactStore, RegisterStore, StaffStore } from './register-ports.ts';
import { requirePartnerInOrganisation, requireStaffInOrganisation } from './require-in-organisation.ts';

/** Clocks of chat platforms and phones drift; a few minutes ahead is still "now". */
const FUTURE_TOLERANCE_MINUTES = 5;
const MAX_AGE_YEARS = 2;

export interface LogContactMomentPorts {
  register: Pick<RegisterStore, 'findPartner'>;
  staff: Pick<StaffStore, 'findStaff'>;
  contacts: Pick<ContactStore, 'recordContactMoment'>;
}

export async function logContactMoment(ports: LogContactMomentPorts, input: NewContactMoment, now: Date): Promise<ContactMoment> {
  const moment = parseInput(ZNewContactMoment, input);
  const at = DateTime.fromJSDate(moment.occurredAt);
  const clock = DateTime.fromJSDate(now);
  if (at > clock.plus({ minutes: FUTURE_TOLERANCE_MINUTES })) {
    throw new DomainError('contact_in_future', 'Het tijdstip van het contact ligt in de toekomst. Log een contact nadat het heeft plaatsgevonden, of plan het in als "ga doen".');
  }
  if (at < clock.minus({ years: MAX_AGE_YEARS })) {
    throw new DomainError('contact_too_old', `Het contact is meer dan ${MAX_AGE_YEARS} jaar geleden. Controleer de datum; zo oude contacten tellen niet meer mee.`, { values: { years: MAX_AGE_YEARS } });
  }
  if (moment.note && containsBsn(moment.note)) {
    throw new DomainError('note_contains_bsn', 'De notitie lijkt een BSN te bevatten. Haal het nummer weg: persoonsgegevens van cliënten horen niet in deze tool.');
  }
  const partner = await requirePartnerInOrganisation(ports.register, moment.organisationId, moment.partnerId);
  if (partner.archivedAt) {
    throw new DomainError('partner_archived', `Partner "${partner.name}" is gearchiveerd. Vraag een beheerder de partner uit het archief te halen als je er weer contact mee hebt.`, { partnerId: partner.id, values: { name: partner.name } });
  }
  await requireStaffInOrganisation(ports.staff, moment.organisationId, moment.staffId);
  const { organisationId, note, ...row } = moment;
  return ports.contacts.recordContactMoment(
    { ...row, note: note ?? null },
    { organisationId, actorStaffId: moment.staffId, action: 'contact_moment.logged' },
  );
}
