// A goal as neutral blocks: the line, its facts, and the one-tap progress
// buttons (op schema / achter / behaald / bijstellen). Shared by the plan
// overview and the check-in DM.
import type { Block, Button } from '../../core/message.ts';
import type { Language } from '../../core/i18n/translator.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import { GOAL_PROGRESS, type PlanGoal } from './plan-ports.ts';

type Say = (key: string, values?: Record<string, string | number>) => string;

const MAX_LABEL = 75;

export function describeGoal(say: Say, goal: PlanGoal, language: Language): string {
  const facts = [
    goal.measure ? say('plan.goal_measure', { measure: goal.measure }) : null,
    goal.target ? say('plan.goal_target', { target: goal.target }) : null,
    goal.dueDate ? say('plan.goal_due', { date: formatShortDate(goal.dueDate, language) }) : null,
    goal.achieved ? say('plan.goal_achieved') : latestOf(say, goal),
  ].filter((f): f is string => f !== null);
  const line = say('plan.goal_line', { partner: goal.partnerName ?? say('plan.no_partner'), result: goal.result });
  return facts.length > 0 ? `${line}\n${facts.join(' · ')}` : line;
}

function latestOf(say: Say, goal: PlanGoal): string | null {
  const latest = goal.progress.at(-1);
  return latest ? say('plan.goal_latest', { status: say(`plan.progress.${latest.status}`), month: latest.month }) : null;
}

/** One-tap progress for this month; values are '<goalId>|<status>'. */
export function progressButtons(say: Say, goalId: string): Button[] {
  return GOAL_PROGRESS.map((status) => ({
    type: 'button' as const, actionId: 'plan.progress', label: say(`plan.progress.${status}`).slice(0, MAX_LABEL), value: `${goalId}|${status}`,
    ...(status === 'reached' ? { style: 'primary' as const } : {}),
  }));
}

export function editButton(say: Say, goalId: string, key = 'plan.button_edit'): Button {
  return { type: 'button', actionId: 'plan.edit_goal', label: say(key).slice(0, MAX_LABEL), value: goalId };
}

export function goalBlocks(say: Say, goal: PlanGoal, language: Language, withProgress: boolean): Block[] {
  const blocks: Block[] = [{ type: 'section', text: describeGoal(say, goal, language), accessory: editButton(say, goal.id) }];
  if (withProgress && !goal.achieved) blocks.push({ type: 'actions', elements: progressButtons(say, goal.id) });
  return blocks;
}
