// One-tap progress on a goal ('<goalId>|<status>'), an optional note, and what
// follows: a reached goal is offered as a success, "bijstellen" opens the goal.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { openSuccessForm } from '../success/open-success-form.ts';
import { editButton } from './plan-blocks.ts';
import { GOAL_PROGRESS, type PlanGoal, type PlanPorts } from './plan-ports.ts';
import { openGoalForm } from './show-plan.ts';

export const PROGRESS_NOTE_FORM_ID = 'plan.progress_note';
const NOTE_MAX = 500;
const ZProgressValue = z.tuple([z.uuid(), z.enum(GOAL_PROGRESS)]);
const ZNoteContext = z.object({ goalId: z.uuid(), status: z.enum(GOAL_PROGRESS), month: z.string().regex(/^\d{4}-\d{2}$/) });

export async function requireOwnGoal(turn: Turn, ports: PlanPorts, rawId: string): Promise<PlanGoal> {
  const id = z.uuid().safeParse(rawId);
  const goal = id.success ? await ports.findGoal(id.data) : null;
  if (!goal || goal.staffId !== turn.actor.staff.id) {
    throw new DomainError('goal_not_yours', 'Deze knop hoort niet bij een doel van jou.', { promptKey: 'plan.error_progress' });
  }
  return goal;
}

export async function recordGoalProgress(turn: Turn<InboundOf<'action'>>, ports: PlanPorts): Promise<Reply[]> {
  const parsed = ZProgressValue.safeParse(turn.inbound.value.split('|'));
  const goal = await requireOwnGoal(turn, ports, parsed.success ? parsed.data[0] : '');
  const status = parsed.data![1];
  const month = monthOf(turn);
  await ports.recordProgress(goal.id, { month, status, note: null }, turn.deps.clock.now());
  const statusText = turn.t(`plan.progress.${status}`);
  const noteButton = {
    type: 'button' as const, actionId: 'plan.progress_note', label: turn.t('plan.button_note'),
    value: JSON.stringify({ goalId: goal.id, status, month }),
  };
  if (status === 'reached') {
    const text = turn.t('plan.progress_reached', { result: goal.result });
    return [{ type: 'ephemeral', message: { text, blocks: [
      { type: 'section', text },
      { type: 'actions', elements: [{ type: 'button', actionId: 'plan.share_success', label: turn.t('plan.button_share'), value: goal.id, style: 'primary' }, noteButton] },
    ] } }];
  }
  const text = turn.t('plan.progress_saved', { month, status: statusText });
  const elements = status === 'adjust' ? [editButton(turn.t, goal.id), noteButton] : [noteButton];
  return [{ type: 'ephemeral', message: { text, blocks: [{ type: 'section', text }, { type: 'actions', elements }] } }];
}

export async function openProgressNote(turn: Turn<InboundOf<'action'>>, ports: PlanPorts): Promise<Reply[]> {
  const ctx = ZNoteContext.safeParse(safeJson(turn.inbound.value));
  const goal = await requireOwnGoal(turn, ports, ctx.success ? ctx.data.goalId : '');
  const { status, month } = ctx.data!;
  return [{ type: 'open_form', form: {
    formId: PROGRESS_NOTE_FORM_ID, title: turn.t('plan.note_title'), submitLabel: turn.t('plan.note_submit'),
    context: JSON.stringify({ goalId: goal.id, status, month }),
    inputs: [{ id: 'note', type: 'textarea', required: true, maxLength: NOTE_MAX, label: turn.t('plan.note_label', { status: turn.t(`plan.progress.${status}`), month }).slice(0, 150) }],
  } }];
}

export async function saveProgressNote(turn: Turn<InboundOf<'form_submitted'>>, ports: PlanPorts): Promise<Reply[]> {
  const ctx = ZNoteContext.safeParse(safeJson(turn.inbound.context));
  const goal = await requireOwnGoal(turn, ports, ctx.success ? ctx.data.goalId : '');
  const note = z.string().trim().min(1).max(NOTE_MAX).safeParse([turn.inbound.values.note].flat()[0] ?? '');
  if (!note.success) return [{ type: 'form_errors', errors: { note: turn.t('plan.error_note') } }];
  await ports.recordProgress(goal.id, { month: ctx.data!.month, status: ctx.data!.status, note: note.data }, turn.deps.clock.now());
  return [{ type: 'ephemeral', message: { text: turn.t('plan.note_saved'), blocks: [] } }];
}

/** "Deel als succes" on a reached goal: the success form with the goal as the start of the story. */
export async function shareGoalAsSuccess(turn: Turn<InboundOf<'action'>>, ports: PlanPorts): Promise<Reply[]> {
  const goal = await requireOwnGoal(turn, ports, turn.inbound.value);
  const story = [goal.result, goal.target ?? '', ...goal.subResults.map((s) => `- ${s}`)].filter(Boolean).join('\n');
  return openSuccessForm(turn, { teamId: turn.actor.teams[0]?.id ?? null }, { story, ...(goal.partnerId ? { partnerIds: [goal.partnerId] } : {}) });
}

export async function editGoal(turn: Turn<InboundOf<'action'>>, ports: PlanPorts): Promise<Reply[]> {
  const goal = await requireOwnGoal(turn, ports, turn.inbound.value);
  return openGoalForm(turn, { goal });
}

function monthOf(turn: Turn): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: turn.actor.timeZone, year: 'numeric', month: '2-digit' }).format(turn.deps.clock.now()).slice(0, 7);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
