// Stores one message's part of a check-in answer (thread reply, edit or form) with
// its "ga doen" commitments, and builds the short confirmation with one-click
// buttons to log the contacts the person says they had.
import type { Reply } from '../../core/outbound.ts';
import { buildPartnerIndex, matchPartnersWithIndex } from '../../domain/partner-match.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { applyAnswerPart, type AnswerPart } from '../../domain/answer-parts.ts';
import { findAmbiguousMentions, type AmbiguousMention } from '../../domain/ambiguous-partner.ts';
import type { CheckInAnswer, CheckInRound, CheckinPorts, OutboxEntry } from './checkin-ports.ts';
import { buildConfirmationMessage } from './contact-confirmation.ts';
import { askWhichPartner } from './ask-which-partner.ts';

const MAX_CONTACT_BUTTONS = 5;
/** Ambiguous names asked back in one confirmation (two blocks each). */
const MAX_QUESTIONS = 3;

export interface AnswerInput {
  round: CheckInRound;
  messageRef: string;
  part: AnswerPart;
  chosenPartnerIds?: string[];
  messagesFor?: (answer: CheckInAnswer) => OutboxEntry[];
}

export interface RecordedAnswer {
  answer: CheckInAnswer;
  /** Partners named in this message's "gedaan" items, in order, with the item that named them. */
  doneContacts: { partnerId: string; name: string; item: string }[];
  /** "Gedaan" items that name no partner in full but a word several partners start with: asked back. */
  ambiguous: { item: string; mention: AmbiguousMention }[];
}

/** An open round, or the latest one of its team: late answers count until the next round opens. */
export async function isTakingAnswers(ports: CheckinPorts, round: CheckInRound): Promise<boolean> {
  if (round.state === 'open') return true;
  return (await ports.findLatestRound(round.teamId))?.id === round.id;
}

export async function recordCheckinAnswer(turn: Turn<unknown>, ports: CheckinPorts, input: AnswerInput): Promise<RecordedAnswer> {
  const partners = await ports.listPartnerNames(turn.actor.organisation.id);
  const index = buildPartnerIndex(partners);
  const cache = new Map<string, string[]>();
  const partnersOf = (item: string): string[] => {
    let ids = cache.get(item);
    if (!ids) cache.set(item, (ids = matchPartnersWithIndex(item, index).map((m) => m.partnerId)));
    return ids;
  };
  const known = new Set(partners.map((p) => p.id));
  const chosenPartnerIds = (input.chosenPartnerIds ?? []).filter((id) => known.has(id));
  const answer = await ports.saveAnswer(
    input.round.id,
    turn.actor.staff.id,
    (current) => applyAnswerPart(current, { messageRef: input.messageRef, part: input.part, partnersOf, chosenPartnerIds }),
    input.messagesFor,
  );
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const doneContacts = new Map<string, { partnerId: string; name: string; item: string }>();
  for (const item of input.part.done) {
    for (const partnerId of partnersOf(item)) {
      if (!doneContacts.has(partnerId)) doneContacts.set(partnerId, { partnerId, name: names.get(partnerId) ?? '', item });
    }
  }
  const ambiguous = input.part.done
    .filter((item) => partnersOf(item).length === 0)
    .flatMap((item) => findAmbiguousMentions(item, partners, index).map((mention) => ({ item, mention })));
  return { answer, doneContacts: [...doneContacts.values()], ambiguous };
}

export function buildAnswerConfirmation(turn: Turn<unknown>, recorded: RecordedAnswer): Reply[] {
  const open = recorded.doneContacts.slice(0, MAX_CONTACT_BUTTONS).map(({ partnerId, name }) => ({ partnerId, name }));
  const message = buildConfirmationMessage(turn, recorded.answer, { answerId: recorded.answer.id, open, logged: [] });
  const questions = recorded.ambiguous.slice(0, MAX_QUESTIONS).flatMap(({ item, mention }) => askWhichPartner(turn, item, mention));
  if (questions.length === 0) return ephemeral(message);
  const blocks = message.blocks.length > 0 ? message.blocks : [{ type: 'section' as const, text: message.text }];
  return ephemeral({ text: message.text, blocks: [...blocks, ...questions] });
}
