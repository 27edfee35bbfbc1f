// "Deel als succes" on a check-in answer: the success form pre-filled with the
// answer's gedaan text and recognised partners. Only the author or a lead of the
// team may promote an answer.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { requireLeadOf } from '../../bot/require-role.ts';
import { openSuccessForm } from './open-success-form.ts';
import type { AnswerForSuccess, SuccessPorts } from './success-ports.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function shareFromAnswer(turn: Turn<InboundOf<'action'>>, ports: SuccessPorts): Promise<Reply[]> {
  const answer = UUID.test(turn.inbound.value) ? await ports.findAnswer(turn.inbound.value) : null;
  if (!answer || answer.organisationId !== turn.actor.organisation.id) {
    return ephemeral(turn.t('success.answer_not_found'));
  }
  return openFromAnswer(turn, answer);
}

/**
 * "Deel als succes" on any message (Slack's message shortcut, a Teams message action, a
 * card action): when the message is a check-in answer, the form is pre-filled from it;
 * otherwise with the message's own text when the platform sent it (the action's value).
 */
export async function shareFromMessage(turn: Turn<InboundOf<'action'>>, ports: SuccessPorts): Promise<Reply[]> {
  const ref = turn.inbound.messageRef;
  const answer = ref ? await ports.findAnswerByMessageRef(ref) : null;
  if (answer && answer.organisationId === turn.actor.organisation.id) return openFromAnswer(turn, answer);
  const text = turn.inbound.value.trim();
  return openSuccessForm(turn, { teamId: turn.actor.teams[0]?.id ?? null }, text ? { story: text } : undefined);
}

async function openFromAnswer(turn: Turn<InboundOf<'action'>>, answer: AnswerForSuccess): Promise<Reply[]> {
  if (answer.staffId !== turn.actor.staff.id) requireLeadOf(turn, answer.teamId);
  return openSuccessForm(turn, { teamId: answer.teamId, answerId: answer.id }, { story: answer.done, partnerIds: answer.partnerIds });
}
