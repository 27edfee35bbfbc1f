// One person's check-in answer is assembled from several messages (a reply, a
// second reply, a form). Each message is a part; an edit replaces only its own
// part. Parts are stored positionally: part i of `done`/`planned` belongs to
// messageRefs[i], parts separated by a blank line, items one per line.

/** What the rule reads of a stored answer (the check-in feature's CheckInAnswer has more). */
export interface StoredAnswer {
  /** Items one per line; the parts of different messages separated by a blank line, in messageRefs order. */
  done: string;
  planned: string;
  partnerIds: string[];
  messageRefs: string[];
  editCount: number;
}

export interface NewCommitment {
  text: string;
  partnerId: string | null;
}

/** The new state of one person's answer, computed from the current one. */
export interface AnswerUpdate {
  done: string;
  planned: string;
  partnerIds: string[];
  messageRefs: string[];
  editCount: number;
  /** Open commitments of this round with these texts are removed (an edited message's old "ga doen"). */
  dropCommitmentTexts: string[];
  addCommitments: NewCommitment[];
}

export interface AnswerPart {
  done: string[];
  planned: string[];
}

export interface PartChange {
  messageRef: string;
  part: AnswerPart;
  /** Partner ids recognised in one item. */
  partnersOf(item: string): string[];
  /** Partners chosen explicitly (the form's partner list). */
  chosenPartnerIds?: string[];
}

const PART_SEPARATOR = '\n\n';

export function decodeParts(answer: Pick<StoredAnswer, 'done' | 'planned' | 'messageRefs'> | null): { refs: string[]; parts: AnswerPart[] } {
  if (!answer || (answer.messageRefs.length === 0 && answer.done === '' && answer.planned === '')) return { refs: [], parts: [] };
  const done = splitParts(answer.done);
  const planned = splitParts(answer.planned);
  const count = answer.messageRefs.length;
  if (count > 0 && done.length === count && planned.length === count) {
    return { refs: [...answer.messageRefs], parts: done.map((items, i) => ({ done: items, planned: planned[i]! })) };
  }
  // Written some other way (imported, demo): keep it whole as one earlier part.
  const all = { done: done.flat(), planned: planned.flat() };
  return { refs: ['earlier'], parts: [all] };
}

export function applyAnswerPart(current: StoredAnswer | null, change: PartChange): AnswerUpdate {
  const { refs, parts } = decodeParts(current);
  const index = refs.indexOf(change.messageRef);
  const old = index >= 0 ? parts[index]! : null;
  if (old) parts[index] = change.part;
  else {
    refs.push(change.messageRef);
    parts.push(change.part);
  }
  const items = (p: AnswerPart) => [...p.done, ...p.planned];
  const recognised = parts.flatMap(items).flatMap(change.partnersOf);
  // Keep ids from elsewhere (an earlier form's choice) unless they came only from the replaced text.
  const fromOld = new Set(old ? items(old).flatMap(change.partnersOf) : []);
  const kept = (current?.partnerIds ?? []).filter((id) => !fromOld.has(id));
  const fallback = change.chosenPartnerIds?.length === 1 ? change.chosenPartnerIds[0]! : null;
  return {
    done: encodeParts(parts.map((p) => p.done)),
    planned: encodeParts(parts.map((p) => p.planned)),
    partnerIds: [...new Set([...kept, ...recognised, ...(change.chosenPartnerIds ?? [])])],
    messageRefs: refs,
    editCount: (current?.editCount ?? 0) + (old ? 1 : 0),
    dropCommitmentTexts: old?.planned ?? [],
    addCommitments: change.part.planned.map((text): NewCommitment => {
      const ids = change.partnersOf(text);
      return { text, partnerId: ids.length === 1 ? ids[0]! : ids.length === 0 ? fallback : null };
    }),
  };
}

export function countItems(answer: Pick<StoredAnswer, 'done' | 'planned' | 'messageRefs'>): { done: number; planned: number } {
  const { parts } = decodeParts(answer);
  return { done: parts.flatMap((p) => p.done).length, planned: parts.flatMap((p) => p.planned).length };
}

function splitParts(text: string): string[][] {
  return text.split(PART_SEPARATOR).map((part) => part.split('\n').filter((line) => line.trim() !== ''));
}

function encodeParts(parts: string[][]): string {
  // Items never hold a line break (the parser collapses whitespace), so the blank line is unambiguous.
  return parts.map((items) => items.map((i) => i.replace(/\s+/g, ' ').trim()).join('\n')).join(PART_SEPARATOR);
}
