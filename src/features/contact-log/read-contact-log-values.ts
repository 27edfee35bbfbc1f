// Checks the submitted contact-log form field by field, so each problem shows
// next to its own input.
import { z } from 'zod';
import { ZContactChannel, ZLevel, type ContactChannel, type Level } from '../../core/register-types.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';

export interface ContactLogValues {
  partnerId: string;
  /** 'YYYY-MM-DD'; absent means today. */
  date: string | null;
  channel: ContactChannel;
  level: Level;
  note: string | null;
  /** A contact person of the partner, whose level then counts. */
  contactPersonId: string | null;
}

export type ReadResult = { ok: true; values: ContactLogValues } | { ok: false; errors: Record<string, string> };

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();

export function readContactLogValues(raw: Record<string, string | string[]>, t: TranslateFn): ReadResult {
  const errors: Record<string, string> = {};
  const partner = z.uuid().safeParse(first(raw.partner));
  if (!partner.success) errors.partner = t('contact.error_partner');
  const dateText = first(raw.date);
  const date = dateText === '' ? null : z.iso.date().safeParse(dateText);
  if (date && !date.success) errors.date = t('contact.error_date');
  const channel = ZContactChannel.safeParse(first(raw.how));
  if (!channel.success) errors.how = t('contact.error_how');
  const level = ZLevel.safeParse(first(raw.level));
  if (!level.success) errors.level = t('contact.error_level');
  const personText = first(raw.person);
  const person = personText === '' ? null : z.uuid().safeParse(personText);
  if (person && !person.success) errors.person = t('network.error_contact_person');
  const note = first(raw.note);
  if (note.length > 2000) errors.note = t('contact.error_note_length');
  if (!partner.success || (date && !date.success) || !channel.success || !level.success || note.length > 2000 || (person && !person.success)) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    values: { partnerId: partner.data, date: date?.data ?? null, channel: channel.data, level: level.data, note: note || null, contactPersonId: person?.data ?? null },
  };
}
