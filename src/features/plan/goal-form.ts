// The goal form (Slack modal, Teams card, playground form): partner, what, how
// it is measured, the target, a date and sub-results. Reopened on an existing
// goal it is pre-filled, and the result field's hint carries the check's advice.
import type { Form, FormInput } from '../../core/form.ts';
import type { Option } from '../../core/message.ts';
import type { PlanGoal } from './plan-ports.ts';

export const GOAL_FORM_ID = 'plan.goal';
export const RESULT_MAX = 300;
export const FIELD_MAX = 200;
export const SUB_RESULTS_MAX = 8;

export interface GoalFormOptions {
  partners: Option[];
  partnerId?: string | null;
  goal?: PlanGoal | null;
  /** Replaces the result field's standard hint (the check's suggestion). */
  resultHint?: string;
}

export function buildGoalForm(t: (key: string) => string, o: GoalFormOptions): Form {
  const goal = o.goal ?? null;
  const partnerId = goal?.partnerId ?? o.partnerId ?? null;
  const known = new Set(o.partners.map((p) => p.value));
  const inputs: FormInput[] = [];
  if (o.partners.length > 0) {
    inputs.push({
      id: 'partner', type: 'select', label: t('plan.form_partner'), required: false, options: o.partners,
      ...(partnerId && known.has(partnerId) ? { initial: partnerId } : {}),
    });
  }
  inputs.push(
    {
      id: 'result', type: 'textarea', label: t('plan.form_result'), required: true, maxLength: RESULT_MAX,
      hint: (o.resultHint ?? t('plan.form_result_hint')).slice(0, 300), placeholder: t('plan.form_result_placeholder'),
      ...(goal ? { initial: goal.result } : {}),
    },
    { id: 'measure', type: 'text', label: t('plan.form_measure'), required: false, maxLength: FIELD_MAX, placeholder: t('plan.form_measure_placeholder'), ...(goal?.measure ? { initial: goal.measure } : {}) },
    { id: 'target', type: 'text', label: t('plan.form_target'), required: false, maxLength: FIELD_MAX, placeholder: t('plan.form_target_placeholder'), ...(goal?.target ? { initial: goal.target } : {}) },
    { id: 'due', type: 'date', label: t('plan.form_due'), required: false, ...(goal?.dueDate ? { initial: goal.dueDate } : {}) },
    {
      id: 'sub', type: 'textarea', label: t('plan.form_sub'), required: false, hint: t('plan.form_sub_hint'),
      ...(goal && goal.subResults.length > 0 ? { initial: goal.subResults.join('\n') } : {}),
    },
  );
  return {
    formId: GOAL_FORM_ID, title: t('plan.form_title'), submitLabel: t('plan.form_submit'), inputs,
    context: JSON.stringify(goal ? { goalId: goal.id } : {}),
  };
}
