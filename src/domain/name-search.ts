// A search box over names ("maxima" finds Máxima Medisch Centrum): case, diacritics
// and punctuation are ignored, every word typed must be found in the name, as part
// of it (as the plain search did before; typing is often unfinished) or, with the
// bot's typo tolerance, as a whole word ('rivierduinne' → Rivierduinen) or with two
// neighbouring letters swapped ('maxmia').
import { tokenize } from './partner-index.ts';
import { isCloseEnough } from './partner-match.ts';

/** Prepared once per search: the words typed, normalised. */
export function toSearchWords(query: string): string[] {
  return tokenize(query).map((t) => t.norm);
}

export function matchesSearch(words: readonly string[], names: readonly string[]): boolean {
  if (words.length === 0) return true;
  const nameWords = names.flatMap((name) => tokenize(name).map((t) => t.norm));
  const joined = nameWords.join(' ');
  return words.every((word) => joined.includes(word) || nameWords.some((candidate) => isCloseEnough(word, candidate) || isSwapOf(word, candidate)));
}

/** Two neighbouring letters typed the wrong way round ('maxmia'), in a word of 5 or more. */
function isSwapOf(written: string, word: string): boolean {
  if (written.length !== word.length || written.length < 5) return false;
  const i = [...written].findIndex((c, k) => c !== word[k]);
  return i >= 1 && written[i] === word[i + 1] && written[i + 1] === word[i] && written.slice(i + 2) === word.slice(i + 2);
}
