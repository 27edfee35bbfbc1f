// Done, dropped or moved to next week: the owner closes a "ga doen" item with one
// click. Only the owner can (a forwarded DM must not let others close it).
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { Commitment, CommitmentPorts } from './commitment-ports.ts';

const note = (text: string): Reply[] => [{ type: 'ephemeral', message: { text, blocks: [] } }];

async function requireOwnOpen(turn: Turn, ports: CommitmentPorts, rawId: string): Promise<Commitment> {
  const id = z.uuid().safeParse(rawId);
  const found = id.success ? await ports.findCommitment(id.data) : null;
  if (!found || found.staffId !== turn.actor.staff.id) {
    throw new DomainError('commitment_not_yours', 'Deze afspraak is niet van jou.', { promptKey: 'commitment.error_not_yours' });
  }
  return found;
}

export async function closeCommitment(turn: Turn<InboundOf<'action'>>, ports: CommitmentPorts, state: 'done' | 'dropped'): Promise<Reply[]> {
  const c = await requireOwnOpen(turn, ports, turn.inbound.value);
  if (c.state !== 'open') return note(turn.t('commitment.already', { text: c.text, state: turn.t(`commitment.state.${c.state}`) }));
  await ports.closeCommitment(c.id, turn.actor.staff.id, state, turn.deps.clock.now());
  return note(turn.t(`commitment.${state}`, { text: c.text }));
}

export async function moveCommitment(turn: Turn<InboundOf<'action'>>, ports: CommitmentPorts): Promise<Reply[]> {
  const c = await requireOwnOpen(turn, ports, turn.inbound.value);
  if (c.state !== 'open') return note(turn.t('commitment.already', { text: c.text, state: turn.t(`commitment.state.${c.state}`) }));
  const now = turn.deps.clock.now();
  const due = DateTime.fromJSDate(now, { zone: turn.actor.timeZone }).plus({ weeks: 1 }).toISODate() as string;
  await ports.moveCommitment(c.id, turn.actor.staff.id, due, now);
  return note(turn.t('commitment.moved', { text: c.text, date: formatShortDate(due, turn.actor.language) }));
}
