// Recognises partners mentioned in free text (check-in answers, success stories).
//
// Names and aliases match as whole words, ignoring case, diacritics and punctuation
// ('ggz-rivierduinen' is GGZ Rivierduinen). Small typos are tolerated per word: none
// for words under 5 letters ('GGD', 'Oost'), 1 edit for 5–8 letters, 2 for 9 or more,
// and the first letter must be right (otherwise 'taken' would be partner 'Baken').
// At each position the longest phrase wins; an exact match beats a typo of equal length.
import { distance } from 'fastest-levenshtein';
import { buildPartnerIndex, tokenize, type IndexedPhrase, type PartnerIndex, type PartnerName, type TextToken } from './partner-index.ts';

export { buildPartnerIndex, type PartnerIndex, type PartnerName } from './partner-index.ts';

export interface PartnerMatch {
  partnerId: string;
  /** The words as written in the text. */
  matched: string;
  /** False when the words matched only with typo tolerance. */
  exact: boolean;
}

interface PhraseHit {
  phrase: IndexedPhrase;
  exact: boolean;
}

/** Convenience for one-off calls; build the index once when matching many texts. */
export function matchPartners(text: string, partners: readonly PartnerName[]): PartnerMatch[] {
  return matchPartnersWithIndex(text, buildPartnerIndex(partners));
}

/** Each partner at most once, in order of first appearance. */
export function matchPartnersWithIndex(text: string, index: PartnerIndex): PartnerMatch[] {
  const tokens = tokenize(text);
  const matches: PartnerMatch[] = [];
  const seen = new Set<string>();
  let position = 0;
  while (position < tokens.length) {
    const hit = findHitAt(tokens, position, index);
    if (!hit) {
      position += 1;
      continue;
    }
    const last = tokens[position + hit.phrase.tokens.length - 1]!;
    const matched = text.slice(tokens[position]!.start, last.end);
    for (const partnerId of hit.phrase.partnerIds) {
      if (seen.has(partnerId)) continue;
      seen.add(partnerId);
      matches.push({ partnerId, matched, exact: hit.exact });
    }
    position += hit.phrase.tokens.length;
  }
  return matches;
}

function findHitAt(tokens: TextToken[], position: number, index: PartnerIndex): PhraseHit | null {
  const exact = index.byFirstToken.get(tokens[position]!.norm)?.find((phrase) => matchesExactly(tokens, position, phrase));
  let best: PhraseHit | null = exact ? { phrase: exact, exact: true } : null;
  for (const phrase of index.byFirstLetter.get(tokens[position]!.norm[0]!) ?? []) {
    // Lists are sorted longest first, so nothing after this can beat the current hit.
    if (best && phrase.tokens.length <= best.phrase.tokens.length) break;
    if (matchesWithTypos(tokens, position, phrase)) best = { phrase, exact: false };
  }
  return best;
}

function matchesExactly(tokens: TextToken[], position: number, phrase: IndexedPhrase): boolean {
  return phrase.tokens.every((word, offset) => tokens[position + offset]?.norm === word);
}

function matchesWithTypos(tokens: TextToken[], position: number, phrase: IndexedPhrase): boolean {
  if (position + phrase.tokens.length > tokens.length) return false;
  return phrase.tokens.every((word, offset) => isCloseEnough(tokens[position + offset]!.norm, word));
}

/** Typo tolerance per word, shared with search: see the rules at the top. */
export function isCloseEnough(written: string, word: string): boolean {
  if (written === word) return true;
  const allowed = allowedEdits(word.length);
  if (allowed === 0 || written[0] !== word[0]) return false;
  if (Math.abs(written.length - word.length) > allowed) return false;
  return distance(written, word) <= allowed;
}

function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}
