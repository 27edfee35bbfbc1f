// "Gebeld met Spaarne" while two partners start with Spaarne: rather than drop the
// contact silently, the bot asks "Bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?".
// A word is ambiguous when no partner is named in full in the text and the word
// starts (first word, typo-tolerant like recognition) the names of two or more partners.
import { buildPartnerIndex, isCloseEnough, matchPartnersWithIndex, type PartnerIndex, type PartnerName } from './partner-match.ts';
import { tokenize } from './partner-index.ts';

export interface AmbiguousMention {
  /** The word as written. */
  written: string;
  /** The partners it could be, in the given order (at most MAX_CANDIDATES). */
  partners: PartnerName[];
}

export const MAX_CANDIDATES = 5;
/** Short words ('de', 'met', 'GGD') start too many names to be a question worth asking. */
const MIN_LETTERS = 4;
const FILLER = new Set(['gemeente', 'stichting', 'zorg', 'huis', 'team']);

export function findAmbiguousMentions(text: string, partners: readonly PartnerName[], index: PartnerIndex = buildPartnerIndex(partners)): AmbiguousMention[] {
  if (matchPartnersWithIndex(text, index).length > 0) return [];
  const firstWords = partners.map((p) => ({ partner: p, words: [p.name, ...p.aliases].map((n) => tokenize(n)[0]?.norm).filter((w): w is string => !!w) }));
  const found: AmbiguousMention[] = [];
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.norm.length < MIN_LETTERS || FILLER.has(token.norm) || seen.has(token.norm)) continue;
    const fits = firstWords.filter((f) => f.words.some((w) => isCloseEnough(token.norm, w))).map((f) => f.partner);
    if (fits.length < 2) continue;
    seen.add(token.norm);
    found.push({ written: text.slice(token.start, token.end), partners: fits.slice(0, MAX_CANDIDATES) });
  }
  return found;
}
