// Opens the contact-log form (written by the contact-log feature). Without a
// trigger the platform cannot open a form right away, so we offer a button.
import type { Reply } from '../../core/outbound.ts';
import { buildContactLogForm } from '../contact-log/contact-log-form.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { listPartnerOptions } from './list-partner-options.ts';

export async function openContactLog(turn: Turn, trigger: string | undefined, partnerId?: string): Promise<Reply[]> {
  if (!trigger) {
    return ephemeral(turn.t('commands.log_open_hint'), [
      { type: 'section', text: turn.t('commands.log_open_hint') },
      { type: 'actions', elements: [{ type: 'button', actionId: 'commands.open_log', label: turn.t('commands.log_button'), value: partnerId ?? '', style: 'primary' }] },
    ]);
  }
  const partners = await listPartnerOptions(turn);
  const people = partnerId ? await turn.deps.ports.register.listPartnerContacts(partnerId) : [];
  const contactPersons = people.map((c) => ({ value: c.id, label: `${c.name} (${turn.t(`common.level.${c.level}`)})` }));
  return [{ type: 'open_form', form: buildContactLogForm(turn.t, { partners, ...(partnerId ? { partnerId } : {}), contactPersons }) }];
}
