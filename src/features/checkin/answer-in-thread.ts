// "Answers in the thread": a member's reply in the round's thread is their answer;
// a second reply adds to it, an edit replaces that message's part. Late answers
// count until the next round opens.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { parseAnswer } from '../../domain/answer-parse.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { AnswerPart } from '../../domain/answer-parts.ts';
import type { CheckInRound, CheckinPorts } from './checkin-ports.ts';
import { buildAnswerConfirmation, isTakingAnswers, recordCheckinAnswer } from './record-checkin-answer.ts';

export async function answerInThread(ports: CheckinPorts, turn: Turn<InboundOf<'thread_reply'>>): Promise<Reply[] | null> {
  const teamIds = turn.actor.teams.map((t) => t.id);
  const round = await ports.findRoundByThread(turn.inbound.threadRef, teamIds);
  if (!round) return null;
  if (!(await isTakingAnswers(ports, round))) return note(turn.t('checkin.round_closed'));
  const part = parseAnswer(turn.inbound.text);
  // A reply without any item ("geen", a sticker) is not an answer; an edit to empty is.
  if (part.done.length === 0 && part.planned.length === 0) return note(turn.t('checkin.nothing_found'));
  return recordPart(ports, turn, round, turn.inbound.messageRef, part);
}

export async function editAnswerInThread(ports: CheckinPorts, turn: Turn<InboundOf<'message_edited'>>): Promise<Reply[] | null> {
  const answer = await ports.findAnswerByMessageRef(turn.actor.staff.id, turn.inbound.messageRef);
  const round = answer ? await ports.findRound(answer.roundId) : null;
  if (!round) {
    // A reply that held no answer at first ("even kijken…") counts once it is edited into one.
    const { threadRef } = turn.inbound;
    return threadRef ? answerInThread(ports, { ...turn, inbound: { ...turn.inbound, type: 'thread_reply', threadRef } }) : null;
  }
  if (!(await isTakingAnswers(ports, round))) return note(turn.t('checkin.round_closed'));
  return recordPart(ports, turn, round, turn.inbound.messageRef, parseAnswer(turn.inbound.text));
}

async function recordPart(ports: CheckinPorts, turn: Turn<unknown>, round: CheckInRound, messageRef: string, part: AnswerPart): Promise<Reply[]> {
  const recorded = await recordCheckinAnswer(turn, ports, { round, messageRef, part });
  return buildAnswerConfirmation(turn, recorded);
}

function note(text: string): Reply[] {
  return ephemeral(text);
}
