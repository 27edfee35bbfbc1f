// After a contact with a partner is logged: "is dit die afspraak?" — the person's
// open commitments with that partner, each closable with one tap.
import type { Block } from '../../core/message.ts';
import type { Turn } from '../../bot/feature.ts';
import { COMMITMENT_ACTIONS } from './commitment-buttons.ts';
import type { CommitmentPorts } from './commitment-ports.ts';

const MAX_SUGGESTED = 3;

export async function suggestCommitment(turn: Turn, ports: CommitmentPorts, partnerId: string): Promise<Block[]> {
  const open = (await ports.listOpenWithPartner(turn.actor.staff.id, partnerId)).slice(0, MAX_SUGGESTED);
  if (open.length === 0) return [];
  return [
    { type: 'section', text: turn.t('commitment.is_this_it') },
    ...open.map((c): Block => ({
      type: 'section', text: c.text,
      accessory: { type: 'button', actionId: COMMITMENT_ACTIONS.done, label: turn.t('commitment.button_yes_done'), value: c.id, style: 'primary' },
    })),
  ];
}
