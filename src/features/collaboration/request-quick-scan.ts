// `quickscan <samenwerking>` and the button on a collaboration: a round on demand,
// for the owner, a teamleider of the owner or the functioneel beheerder.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { ScanDeps } from './answer-quick-scan.ts';
import type { Collaboration } from './collaboration-ports.ts';
import { findCollaborationByName } from './find-collaboration.ts';
import { mayEdit } from './show-collaborations.ts';
import { startQuickScan } from './start-quick-scan.ts';

export async function requestQuickScan(turn: Turn<InboundOf<'command'>>, d: ScanDeps, args: string): Promise<Reply[]> {
  if (args.trim() === '') return ephemeral(turn.t('quickscan.usage'));
  const found = findCollaborationByName(await d.collaborations.listCollaborations(turn.actor.organisation.id), args);
  if (found.kind === 'none') return ephemeral(turn.t('collaboration.not_found', { text: args.trim() }));
  if (found.kind === 'many') return ephemeral(turn.t('collaboration.which', { names: found.names.join(', ') }));
  return startFor(turn, d, found.collaboration);
}

export async function startQuickScanByButton(turn: Turn<InboundOf<'action'>>, d: ScanDeps): Promise<Reply[]> {
  const c = await d.collaborations.findCollaboration(turn.actor.organisation.id, turn.inbound.value);
  if (!c) return ephemeral(turn.t('collaboration.not_found', { text: '' }));
  return startFor(turn, d, c);
}

async function startFor(turn: Turn, d: ScanDeps, c: Collaboration): Promise<Reply[]> {
  if (!(await mayEdit(turn, d, c))) return ephemeral(turn.t('quickscan.not_allowed'));
  if (c.participants.length === 0) return ephemeral(turn.t('quickscan.no_participants', { name: c.name }));
  const dateOf = (at: Date) => formatShortDate(localDateOf(at, turn.actor.timeZone), turn.actor.language);
  const round = await startQuickScan(turn.deps, d.scans, c, 'demand', turn.deps.clock.now());
  if (!round) {
    const open = await d.scans.findOpenRound(c.id);
    return ephemeral(turn.t('quickscan.already_open', { name: c.name, date: open ? dateOf(open.closesAt) : '—' }));
  }
  return ephemeral(turn.t('quickscan.started', { name: c.name, count: round.invited, date: dateOf(round.closesAt) }));
}
