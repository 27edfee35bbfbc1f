// "Ingepland" on a nudge: a small form asking when the contact is planned.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { localDateOf } from '../../domain/period-key.ts';
import { nextWorkingDay } from '../../domain/working-days.ts';
import type { Turn } from '../../bot/feature.ts';
import type { NudgePorts } from './nudge-ports.ts';
import { requireOwnNudge } from './require-own-nudge.ts';

export const NUDGE_PLANNED_FORM_ID = 'nudge.planned';

export async function openNudgePlanForm(turn: Turn<InboundOf<'action'>>, ports: NudgePorts): Promise<Reply[]> {
  const nudge = await requireOwnNudge(turn, ports, turn.inbound.value);
  const today = localDateOf(turn.deps.clock.now(), turn.actor.timeZone);
  return [{
    type: 'open_form',
    form: {
      formId: NUDGE_PLANNED_FORM_ID,
      title: turn.t('nudge.plan_title'),
      submitLabel: turn.t('nudge.plan_submit'),
      context: nudge.id,
      inputs: [{
        id: 'date', type: 'date', required: true, initial: nextWorkingDay(today),
        label: turn.t('nudge.plan_date', { partner: nudge.partnerName }).slice(0, 150),
      }],
    },
  }];
}
