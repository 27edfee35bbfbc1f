// "Answer by form": the button under the check-in posts (or the command `antwoord`)
// opens a form; on submit the answer is stored like a thread reply and posted in
// the round's thread so the team sees it.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.ts';
import { ZPlatform } from '../../core/identity.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Form } from '../../core/form.ts';
import type { Reply } from '../../core/outbound.ts';
import { parseAnswer } from '../../domain/answer-parse.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { Turn } from '../../bot/feature.ts';
import { listMyPartners } from '../../register/list-my-partners.ts';
import type { CheckInAnswer, CheckInRound, CheckinPorts, OutboxEntry } from './checkin-ports.ts';
import { shorten } from './checkin-messages.ts';
import { buildAnswerConfirmation, isTakingAnswers, recordCheckinAnswer } from './record-checkin-answer.ts';

export const ANSWER_FORM_ID = 'checkin.answer';
const MAX_OPTIONS = 100;

const ZFormValues = z.object({
  done: z.string().max(4000).default(''),
  planned: z.string().max(4000).default(''),
  partners: z.union([z.string(), z.array(z.string())]).default([]).transform((v) => [v].flat().filter((s) => s !== '')),
});

/** roundId from a button; without it, the newest round of the actor's teams that still takes answers. */
export async function openAnswerForm(ports: CheckinPorts, turn: Turn<unknown>, roundId: string | null): Promise<Reply[]> {
  const round = roundId ? await findRoundOfActor(ports, turn, roundId) : await findCurrentRound(ports, turn);
  if (!round || !(await isTakingAnswers(ports, round))) throw new DomainError('checkin_no_round', 'Er staat nu geen check-in open voor je team.', { promptKey: 'checkin.no_round' });
  const mine = await listMyPartners(turn.deps.ports.lapse, {
    organisationId: turn.actor.organisation.id, staffId: turn.actor.staff.id, now: turn.deps.clock.now(), timeZone: turn.actor.timeZone,
  });
  const options = [...new Map(mine.map((p) => [p.partnerId, { label: shorten(p.partnerName, 75), value: p.partnerId }])).values()].slice(0, MAX_OPTIONS);
  const form: Form = {
    formId: ANSWER_FORM_ID,
    title: turn.t('checkin.form_title'),
    submitLabel: turn.t('checkin.form_submit'),
    context: round.id,
    inputs: [
      { id: 'done', type: 'textarea', label: turn.t('checkin.form_done'), required: false, hint: turn.t('checkin.form_hint'), maxLength: 4000 },
      { id: 'planned', type: 'textarea', label: turn.t('checkin.form_planned'), required: false, hint: turn.t('checkin.form_hint'), maxLength: 4000 },
      ...(options.length > 0
        ? [{ id: 'partners', type: 'multiselect' as const, label: turn.t('checkin.form_partners'), required: false, options }]
        : []),
    ],
  };
  return [{ type: 'open_form', form }];
}

export async function submitAnswerForm(ports: CheckinPorts, turn: Turn<InboundOf<'form_submitted'>>): Promise<Reply[]> {
  const round = await findRoundOfActor(ports, turn, turn.inbound.context);
  if (!round || !(await isTakingAnswers(ports, round))) throw new DomainError('checkin_no_round', 'Deze check-in bestaat niet meer.', { promptKey: 'checkin.no_round' });
  const values = ZFormValues.safeParse(turn.inbound.values);
  if (!values.success) return [{ type: 'form_errors', errors: { done: turn.t('checkin.form_invalid') } }];
  const items = (text: string) => Object.values(parseAnswer(text)).flat();
  const part = { done: items(values.data.done), planned: items(values.data.planned) };
  if (part.done.length === 0 && part.planned.length === 0) return [{ type: 'form_errors', errors: { done: turn.t('checkin.form_empty') } }];

  const existing = await ports.findAnswer(round.id, turn.actor.staff.id);
  const formNumber = (existing?.messageRefs.filter((r) => r.startsWith('form:')).length ?? 0) + 1;
  const recorded = await recordCheckinAnswer(turn, ports, {
    round, messageRef: `form:${formNumber}`, part, chosenPartnerIds: values.data.partners,
    messagesFor: (answer) => postInThread(turn, round, answer, part, formNumber),
  });
  turn.deps.notifyOutbox();
  return buildAnswerConfirmation(turn, recorded);
}

function postInThread(turn: Turn<unknown>, round: CheckInRound, answer: CheckInAnswer, part: { done: string[]; planned: string[] }, n: number): OutboxEntry[] {
  const team = turn.actor.teams.find((t) => t.id === round.teamId);
  if (!team?.channelRef || !round.threadRef) return [];
  const say = (key: string, values?: Record<string, string>) => turn.deps.t(pickLanguage(team.language), key, values);
  const list = (items: string[]) => (items.length > 0 ? items.map((i) => `\n• ${i}`).join('') : ' —');
  const text = shorten(
    `${say('checkin.form_post', { name: turn.actor.staff.name })}\n${say('checkin.form_post_done')}${list(part.done)}\n${say('checkin.form_post_planned')}${list(part.planned)}`,
    3000,
  );
  return [{
    key: `checkin-form-answer:${answer.id}:${n}`,
    delivery: {
      type: 'post', platform: ZPlatform.parse(turn.actor.organisation.platform),
      to: { kind: 'thread', channelRef: team.channelRef, threadRef: round.threadRef }, message: { text, blocks: [{ type: 'section', text }] },
    },
  }];
}

async function findRoundOfActor(ports: CheckinPorts, turn: Turn<unknown>, roundId: string): Promise<CheckInRound | null> {
  if (!z.uuid().safeParse(roundId).success) return null;
  const round = await ports.findRound(roundId);
  return round && turn.actor.teams.some((t) => t.id === round.teamId) ? round : null;
}

async function findCurrentRound(ports: CheckinPorts, turn: Turn<unknown>): Promise<CheckInRound | null> {
  const latest = await Promise.all(turn.actor.teams.map((t) => ports.findLatestRound(t.id)));
  return latest.filter((r): r is CheckInRound => r !== null).sort((a, b) => b.opensAt.getTime() - a.opensAt.getTime())[0] ?? null;
}
