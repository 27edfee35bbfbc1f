// A participant answers a quick scan: the button in the invitation opens the form,
// and its submit stores the answer (replacing an earlier one while the round is open).
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { CollaborationStore, QuickScanStore } from './collaboration-ports.ts';
import { buildQuickScanForm, readQuickScanValues } from './quick-scan-form.ts';

export interface ScanDeps { collaborations: CollaborationStore; scans: QuickScanStore }

export async function openQuickScanForm(turn: Turn<InboundOf<'action'>>, d: ScanDeps): Promise<Reply[]> {
  const round = await d.scans.findRound(turn.inbound.value);
  const c = round ? await d.collaborations.findCollaboration(turn.actor.organisation.id, round.collaborationId) : null;
  if (!round || !c || round.closedAt || round.closesAt <= turn.deps.clock.now()) return ephemeral(turn.t('quickscan.round_closed'));
  if (!c.participants.some((p) => p.id === turn.actor.staff.id)) return ephemeral(turn.t('quickscan.not_participant'));
  return [{ type: 'open_form', form: buildQuickScanForm(turn.t, round.id, c.name, null) }];
}

export async function submitQuickScan(turn: Turn<InboundOf<'form_submitted'>>, d: ScanDeps): Promise<Reply[]> {
  const read = readQuickScanValues(turn.inbound.values, turn.inbound.context, turn.t);
  if (!read.ok) return [{ type: 'form_errors', errors: read.errors }];
  const round = await d.scans.findRound(read.roundId);
  const c = round ? await d.collaborations.findCollaboration(turn.actor.organisation.id, round.collaborationId) : null;
  if (!round || !c) return ephemeral(turn.t('quickscan.round_closed'));
  const outcome = await d.scans.saveAnswer(round.id, turn.actor.staff.id, read.scores, read.remark, turn.deps.clock.now());
  if (outcome === 'closed') return ephemeral(turn.t('quickscan.round_closed'));
  if (outcome === 'not_participant') return ephemeral(turn.t('quickscan.not_participant'));
  const date = formatShortDate(localDateOf(round.closesAt, turn.actor.timeZone), turn.actor.language);
  return ephemeral(turn.t(outcome === 'updated' ? 'quickscan.thanks_updated' : 'quickscan.thanks', { name: c.name, date }));
}
