// Submit of the goal form: stores the goal (creating the year's plan when
// needed) and answers with the result-or-effort check's advice. The advice is
// guidance: the goal is saved whatever the verdict.
import type { InboundOf } from '../../core/inbound.ts';
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { editButton } from './plan-blocks.ts';
import { judgeGoalWith } from './goal-words.ts';
import type { PlanPorts } from './plan-ports.ts';
import { readGoalValues } from './read-goal-values.ts';
import { planYearOf } from './show-plan.ts';

export async function saveGoal(turn: Turn<InboundOf<'form_submitted'>>, ports: PlanPorts): Promise<Reply[]> {
  const read = readGoalValues(turn.inbound.values, turn.inbound.context, turn.t);
  if (!read.ok) return [{ type: 'form_errors', errors: read.errors }];
  const { actor, deps } = turn;
  if (read.values.partnerId && !(await deps.ports.register.findPartner(read.values.partnerId))) {
    return [{ type: 'form_errors', errors: { partner: turn.t('plan.error_partner') } }];
  }
  const existing = read.goalId ? await ports.findGoal(read.goalId) : null;
  const year = existing?.year ?? planYearOf(turn);
  const goal = await ports.saveGoal(actor.staff.id, year, read.goalId, read.values, deps.clock.now());
  if (!goal) return [{ type: 'form_errors', errors: { result: turn.t('plan.error_goal') } }];
  const verdict = judgeGoalWith(deps.t, { what: goal.result, measure: goal.measure ?? undefined, target: goal.target ?? undefined });
  const saved = goal.partnerName ? turn.t('plan.saved', { year, partner: goal.partnerName }) : turn.t('plan.saved_no_partner', { year });
  const advice = verdict.kind === 'effort'
    ? turn.t('plan.verdict_effort', { words: verdict.words.join(', ') })
    : turn.t(`plan.verdict_${verdict.kind}`);
  const blocks: Block[] = [{ type: 'section', text: saved }, { type: 'section', text: advice }];
  if (verdict.kind !== 'result') blocks.push({ type: 'actions', elements: [editButton(turn.t, goal.id, 'plan.button_sharpen')] });
  return [{ type: 'ephemeral', message: { text: `${saved} ${advice}`, blocks } }];
}
