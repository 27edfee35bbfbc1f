// The shared "contact loggen" form: from the log command, a nudge, a check-in
// answer. Partner, date (default today), how, level and an optional note.
import type { Form } from '../../core/form.ts';
import type { Option } from '../../core/message.ts';
import { CONTACT_CHANNELS, LEVELS, type Level } from '../../core/register-types.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';

export const CONTACT_LOG_FORM_ID = 'contact.log';
/** Select inputs hold at most 100 options (Block Kit static_select). */
const MAX_PARTNER_OPTIONS = 100;
const MAX_LABEL = 75;

export interface ContactLogFormOptions {
  partners: Option[];
  partnerId?: string;
  level?: Level;
  /** Comes back on submit, e.g. 'nudge:<nudgeId>'. */
  context?: string;
  /** Local date 'YYYY-MM-DD' to preset; without it the date is today on submit. */
  today?: string;
  /** The preset partner's contact persons (value = contact id); picking one sets the level. */
  contactPersons?: Option[];
}

export function buildContactLogForm(t: TranslateFn, options: ContactLogFormOptions): Form {
  return {
    formId: CONTACT_LOG_FORM_ID,
    title: t('contact.form_title'),
    submitLabel: t('contact.form_submit'),
    context: options.context ?? '',
    inputs: [
      {
        id: 'partner', type: 'select', label: t('contact.field_partner'), required: true,
        options: partnerOptions(options.partners, options.partnerId),
        ...(options.partnerId ? { initial: options.partnerId } : {}),
      },
      {
        id: 'date', type: 'date', label: t('contact.field_date'), required: true, hint: t('contact.field_date_hint'),
        ...(options.today ? { initial: options.today } : {}),
      },
      {
        id: 'how', type: 'select', label: t('contact.field_how'), required: true,
        options: CONTACT_CHANNELS.map((c) => ({ label: t(`contact.how.${c}`), value: c })),
      },
      ...(options.contactPersons?.length ? [{
        id: 'person', type: 'select' as const, label: t('network.field_contact_person'), required: false, hint: t('network.field_contact_person_hint'),
        options: options.contactPersons.slice(0, MAX_PARTNER_OPTIONS).map((o) => ({ value: o.value, label: o.label.slice(0, MAX_LABEL) })),
      }] : []),
      {
        id: 'level', type: 'select', label: t('contact.field_level'), required: true, initial: options.level ?? 'operationeel',
        options: LEVELS.map((l) => ({ label: t(`common.level.${l}`), value: l })),
      },
      { id: 'note', type: 'textarea', label: t('contact.field_note'), required: false, hint: t('contact.field_note_hint'), maxLength: 2000 },
    ],
  };
}

// The preset partner must stay selectable even when the list is capped.
function partnerOptions(partners: Option[], partnerId: string | undefined): Option[] {
  const unique = [...new Map(partners.map((p) => [p.value, { value: p.value, label: p.label.slice(0, MAX_LABEL) }])).values()];
  const preset = unique.find((p) => p.value === partnerId);
  const rest = unique.filter((p) => p !== preset);
  return (preset ? [preset, ...rest] : rest).slice(0, MAX_PARTNER_OPTIONS);
}
