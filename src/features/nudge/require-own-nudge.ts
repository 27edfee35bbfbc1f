// A nudge button carries a nudge id: check its shape and that the nudge belongs
// to the person who clicked (a forwarded DM must not let others answer it).
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { Turn } from '../../bot/feature.ts';
import type { NudgePorts, NudgeRecord } from './nudge-ports.ts';

export async function requireOwnNudge(turn: Turn, ports: Pick<NudgePorts, 'findNudge'>, rawId: string): Promise<NudgeRecord> {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) {
    throw new DomainError('nudge_invalid', 'Deze knop hoort niet bij een geldig seintje. Gebruik de knoppen van een recent seintje.', { promptKey: 'nudge.error_invalid' });
  }
  const nudge = await ports.findNudge(id.data);
  if (!nudge || nudge.staffId !== turn.actor.staff.id) {
    throw new DomainError('nudge_not_yours', 'Dit seintje is niet voor jou bedoeld; alleen de ontvanger kan het afhandelen.', { promptKey: 'nudge.error_not_yours' });
  }
  return nudge;
}
