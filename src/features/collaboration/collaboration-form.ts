// The collaboration form in chat (Slack modal, Teams card, playground form): name,
// partners, our participants, owner, result goal, start date, stage and scan schedule.
import type { Form } from '../../core/form.ts';
import type { Option } from '../../core/message.ts';
import { SCAN_INTERVALS, STAGES, type Collaboration } from './collaboration-ports.ts';
import { GOAL_MAX, NAME_MAX } from './read-collaboration-values.ts';

export const COLLABORATION_FORM_ID = 'collaboration.save';
type T = (key: string, values?: Record<string, string | number>) => string;

export function buildCollaborationForm(t: T, o: { partners: Option[]; people: Option[]; ownerId: string; existing: Collaboration | null }): Form {
  const c = o.existing;
  return {
    formId: COLLABORATION_FORM_ID,
    title: t('collaboration.form_title'),
    submitLabel: t('collaboration.form_submit'),
    context: JSON.stringify({ id: c?.id ?? null }),
    inputs: [
      { id: 'name', type: 'text', label: t('collaboration.field_name'), required: true, maxLength: NAME_MAX, ...(c ? { initial: c.name } : {}) },
      { id: 'partners', type: 'multiselect', label: t('collaboration.field_partners'), required: false, options: o.partners, ...(c ? { initial: c.partners.map((p) => p.id) } : {}) },
      { id: 'participants', type: 'multiselect', label: t('collaboration.field_participants'), required: false, options: o.people, ...(c ? { initial: c.participants.map((p) => p.id) } : {}) },
      { id: 'owner', type: 'select', label: t('collaboration.field_owner'), required: true, options: o.people, initial: c?.ownerId ?? o.ownerId },
      { id: 'goal', type: 'textarea', label: t('collaboration.field_goal'), required: false, maxLength: GOAL_MAX, hint: t('collaboration.field_goal_hint'), ...(c?.resultGoal ? { initial: c.resultGoal } : {}) },
      { id: 'start', type: 'date', label: t('collaboration.field_start'), required: false, ...(c?.startDate ? { initial: c.startDate } : {}) },
      { id: 'stage', type: 'select', label: t('collaboration.field_stage'), required: true, options: STAGES.map((s) => ({ label: t(`collaboration.stage_${s}`), value: s })), initial: c?.stage ?? 'verkennen' },
      { id: 'interval', type: 'select', label: t('collaboration.field_interval'), required: true, options: SCAN_INTERVALS.map((n) => ({ label: t(`collaboration.interval_${n}`), value: String(n) })), initial: String(c?.scanIntervalMonths ?? 3) },
    ],
  };
}
