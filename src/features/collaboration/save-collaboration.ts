// Submit of the chat form: checks the fields, the rights and the result-or-effort
// advice of the yearly plan, then saves (with its audit event, in one transaction).
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { z } from 'zod';
import { judgeGoalWith } from '../plan/goal-words.ts';
import type { ScanDeps } from './answer-quick-scan.ts';
import { canCreateCollaboration } from './collaboration-rights.ts';
import { readCollaborationValues } from './read-collaboration-values.ts';
import { mayEdit } from './show-collaborations.ts';

const ZContext = z.object({ id: z.uuid().nullable() });

export async function saveCollaborationForm(turn: Turn<InboundOf<'form_submitted'>>, d: ScanDeps): Promise<Reply[]> {
  const read = readCollaborationValues(turn.inbound.values, turn.t);
  if (!read.ok) return [{ type: 'form_errors', errors: read.errors }];
  const ctx = ZContext.safeParse(safeJson(turn.inbound.context));
  const id = ctx.success ? ctx.data.id : null;
  const organisationId = turn.actor.organisation.id;
  const existing = id ? await d.collaborations.findCollaboration(organisationId, id) : null;
  const allowed = existing ? await mayEdit(turn, d, existing) : !id && canCreateCollaboration(turn.actor.staff.role, turn.actor.leadOfTeamIds.length > 0);
  if (!allowed) return ephemeral(turn.t('collaboration.not_allowed'));
  const saved = await d.collaborations.saveCollaboration(organisationId, id, read.values, turn.actor.staff.id, turn.deps.clock.now());
  if (!saved.ok) return [{ type: 'form_errors', errors: { name: turn.t(`collaboration.error_${saved.reason}`) } }];
  return ephemeral([turn.t('collaboration.saved', { name: read.values.name }), goalAdvice(turn, read.values.resultGoal)].filter(Boolean).join('\n'));
}

/** The yearly plan's result-or-effort check on the result goal: advice, never a refusal. */
export function goalAdvice(turn: Pick<Turn, 't' | 'deps'>, goal: string | null): string {
  if (!goal) return turn.t('collaboration.advice_none');
  const verdict = judgeGoalWith(turn.deps.t, { what: goal });
  if (verdict.kind === 'result') return '';
  return verdict.kind === 'effort' ? turn.t('collaboration.advice_effort', { words: verdict.words.join(', ') }) : turn.t('collaboration.advice_unmeasured');
}

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}
