// A handled nudge DM shows what became of each partner instead of live buttons: after
// an answer the delivered DM is updated (an outbox 'update' of the same message), its
// actions for every settled nudge replaced by a line saying the outcome.
import { DateTime } from 'luxon';
import type { Block, Message } from '../../core/message.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { Turn } from '../../bot/feature.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import type { NudgePorts, NudgeRecord } from './nudge-ports.ts';
import { platformOf } from './organisation-platform.ts';

/** Call after the nudge's outcome is stored; does nothing when the DM cannot be found. */
export async function redrawNudgeDm(turn: Turn<unknown>, ports: NudgePorts, nudgeId: string): Promise<void> {
  const { actor, deps } = turn;
  const nudge = await ports.findNudge(nudgeId);
  if (!nudge) return;
  // The DM's key is the run's local date (sent that same day: a nudge run is only useful until 23:59).
  const zones = new Set([...actor.teams.map((t) => t.timezone), actor.timeZone]);
  let key: string | null = null;
  let original: Message | null = null;
  for (const zone of zones) {
    const candidate = `nudge-dm:${localDateOf(nudge.sentAt, zone)}:${nudge.staffId}`;
    const delivery = await deps.ports.outbox.deliveredMessageOf(candidate);
    if (delivery?.type === 'post') [key, original] = [candidate, delivery.message];
    if (key) break;
  }
  if (!key || !original) return;
  const sameDm = (await ports.listNudgesOfStaff([nudge.staffId], nudge.sentAt)).filter((n) => n.sentAt.getTime() === nudge.sentAt.getTime());
  const outcomes = new Map(sameDm.map((n) => [n.id, n]));
  const message = { ...original, blocks: original.blocks.map((block) => settledLine(turn, block, outcomes) ?? block) };
  await deps.ports.outbox.enqueue([{
    key: `nudge-dm-update:${nudge.id}:${nudge.outcome ?? 'open'}:${deps.clock.now().getTime()}`,
    delivery: { type: 'update', platform: platformOf(actor.organisation.platform), ofKey: key, message },
  }]);
  deps.notifyOutbox();
}

function settledLine(turn: Turn<unknown>, block: Block, nudges: Map<string, NudgeRecord>): Block | null {
  if (block.type !== 'actions') return null;
  const first = block.elements[0];
  const nudge = first?.type === 'button' ? nudges.get(first.value) : undefined;
  if (!nudge?.outcome || nudge.outcome === 'escalated') return null;
  const until = nudge.snoozedUntil ? DateTime.fromJSDate(nudge.snoozedUntil, { zone: turn.actor.timeZone }).toISODate() : null;
  const text = nudge.outcome === 'snoozed' && until
    ? turn.t('nudge.outcome_snoozed', { date: formatShortDate(until, turn.actor.language) })
    : turn.t(`nudge.outcome_${nudge.outcome}`);
  return { type: 'context', text: `✓ ${text}` };
}
