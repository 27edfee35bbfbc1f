// A normalised lookup of partner names and aliases, built once per partner list so that
// recognising partners in a chat message stays fast for thousands of partners.

export interface PartnerName {
  id: string;
  name: string;
  aliases: string[];
}

/** One name or alias as tokens; several partners may share it. */
export interface IndexedPhrase {
  key: string;
  tokens: string[];
  partnerIds: string[];
}

export interface PartnerIndex {
  /** Phrases by their first token, longest phrase first. */
  byFirstToken: Map<string, IndexedPhrase[]>;
  /** Phrases by the first letter of their first token, for typo-tolerant matching. */
  byFirstLetter: Map<string, IndexedPhrase[]>;
}

export interface TextToken {
  norm: string;
  start: number;
  end: number;
}

// A phrase made only of these words ('De', 'Het') would match nearly every message.
const FILLER_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'der', 'den', 'in', 'op', 'te', 'the', 'of', 'and']);

export function buildPartnerIndex(partners: readonly PartnerName[]): PartnerIndex {
  const phrases = new Map<string, IndexedPhrase>();
  for (const partner of partners) {
    for (const raw of [partner.name, ...partner.aliases]) {
      const tokens = tokenize(raw).map((token) => token.norm);
      if (tokens.length === 0 || tokens.every((token) => FILLER_WORDS.has(token))) continue;
      const key = tokens.join(' ');
      const phrase = phrases.get(key) ?? { key, tokens, partnerIds: [] };
      if (!phrase.partnerIds.includes(partner.id)) phrase.partnerIds.push(partner.id);
      phrases.set(key, phrase);
    }
  }
  const byFirstToken = new Map<string, IndexedPhrase[]>();
  const byFirstLetter = new Map<string, IndexedPhrase[]>();
  for (const phrase of phrases.values()) {
    pushTo(byFirstToken, phrase.tokens[0]!, phrase);
    pushTo(byFirstLetter, phrase.tokens[0]![0]!, phrase);
  }
  for (const list of [...byFirstToken.values(), ...byFirstLetter.values()]) {
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
  return { byFirstToken, byFirstLetter };
}

/**
 * Words of `text` with their positions, lower-cased and without diacritics
 * ('Zorgcentrum Émile' → 'zorgcentrum', 'emile'); punctuation separates words.
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const norm = normalizeWord(match[0]);
    if (norm !== '') tokens.push({ norm, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function pushTo(map: Map<string, IndexedPhrase[]>, key: string, phrase: IndexedPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}
