// "Toch laten staan" (or "already fixed") for a "niet (meer) mijn partner" answer in
// the reassign queue: the answer leaves the queue, and how is recorded and audited.
import { z } from 'zod';
import { DomainError } from '../core/domain-error.ts';
import { parseInput } from './parse-input.ts';
import type { PartnerAdminWrites, QueueNudge } from './partner-admin-ports.ts';

const ZSettle = z.object({
  organisationId: z.uuid({ error: 'organisatie: geen geldig id' }),
  nudgeId: z.uuid({ error: 'melding: geen geldig id' }),
  actorStaffId: z.uuid({ error: 'beheerder: geen geldig id' }),
});

export async function requireOpenQueueNudge(
  writes: Pick<PartnerAdminWrites, 'findQueueNudge'>, organisationId: string, nudgeId: string,
): Promise<QueueNudge> {
  const nudge = await writes.findQueueNudge(nudgeId);
  if (!nudge || nudge.organisationId !== organisationId || nudge.handled) {
    throw new DomainError('queue_item_not_found', 'Deze melding staat niet (meer) in de wachtrij; misschien heeft iemand haar al afgehandeld.', { promptKey: 'beheer-partners.err_queue_gone' });
  }
  return nudge;
}

export async function keepQueuedAssignment(
  writes: Pick<PartnerAdminWrites, 'findQueueNudge' | 'settleQueueNudge'>, input: z.input<typeof ZSettle>, now: Date,
): Promise<void> {
  const { organisationId, nudgeId, actorStaffId } = parseInput(ZSettle, input);
  const nudge = await requireOpenQueueNudge(writes, organisationId, nudgeId);
  const audit = { organisationId, actorStaffId, action: 'queue.kept', subject: `partner:${nudge.partnerId}`, details: { nudgeId, staffId: nudge.staffId, level: nudge.level }, at: now };
  if (!(await writes.settleQueueNudge(nudgeId, 'kept', actorStaffId, audit))) {
    throw new DomainError('queue_item_not_found', 'Deze melding staat niet (meer) in de wachtrij; misschien heeft iemand haar al afgehandeld.', { promptKey: 'beheer-partners.err_queue_gone' });
  }
}
