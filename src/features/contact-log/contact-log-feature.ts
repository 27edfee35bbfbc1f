// The contact-log form as a feature: handles its submit. The form itself is
// opened by the log command, nudges and check-in answers (buildContactLogForm).
import type { Feature } from '../../bot/feature.ts';
import { CONTACT_LOG_FORM_ID } from './contact-log-form.ts';
import type { AfterContactLogged, AskAfterContact, ContactLogPorts } from './contact-log-ports.ts';
import { logContactFromForm } from './log-contact-from-form.ts';

export function createContactLogFeature(ports: ContactLogPorts, suggest?: AfterContactLogged, askAfter?: AskAfterContact): Feature {
  return {
    name: 'contact-log',
    forms: { [CONTACT_LOG_FORM_ID]: (turn) => logContactFromForm(turn, ports, suggest, askAfter) },
  };
}
