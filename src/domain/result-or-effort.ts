// Is a plan goal a result or an effort? The guidance behind the RRO asks for
// results ("10% meer behoud van personeel"), not efforts ("driemaandelijks
// samenkomen om elkaar te inspireren"). A goal reads as an effort when it names an
// effort verb and has no measure or target; a frequency ("4 keer per jaar") is not
// a measure. Guidance only: the caller shows a suggestion, it never refuses.
//
// Word lists come from prompts/<lang>/goal-words.json, entries separated by '|':
// 'word' matches that word, 'stem*' any word starting with it, '#' a number
// (10, 2,5, 10%), '#x' a number with x ("4x"); phrases match consecutive words.

export interface GoalWords {
  effort: string[];
  frequency: string[];
  measure: string[];
}

export interface GoalText {
  what: string;
  measure?: string | undefined;
  target?: string | undefined;
}

export type GoalVerdict =
  | { kind: 'result' }
  /** Names an effort and no measure or target: suggest a result. */
  | { kind: 'effort'; words: string[] }
  /** No effort verb, but nothing to measure either: suggest a measure and target. */
  | { kind: 'unmeasured' };

type Pattern = string[];

export function parseGoalWords(lists: { effort: string; frequency: string; measure: string }): GoalWords {
  const split = (s: string) => s.split('|').map((e) => normalise(e)).filter((e) => e !== '');
  return { effort: split(lists.effort), frequency: split(lists.frequency), measure: split(lists.measure) };
}

/** Several languages' lists as one (a Dutch team may write a goal in English). */
export function mergeGoalWords(...lists: GoalWords[]): GoalWords {
  const union = (k: keyof GoalWords) => [...new Set(lists.flatMap((l) => l[k]))];
  return { effort: union('effort'), frequency: union('frequency'), measure: union('measure') };
}

export function judgeGoal(goal: GoalText, words: GoalWords): GoalVerdict {
  const measured = hasMeasure(goal.what, words)
    || isMoreThanFrequency(goal.measure ?? '', words) || isMoreThanFrequency(goal.target ?? '', words);
  if (measured) return { kind: 'result' };
  const found = findPhrases(tokenise(goal.what), words.effort.map(toPattern));
  if (found.length > 0) return { kind: 'effort', words: found };
  return { kind: 'unmeasured' };
}

/** A number or a measure word outside any frequency phrase. */
function hasMeasure(text: string, words: GoalWords): boolean {
  const tokens = withoutFrequency(tokenise(text), words);
  return findPhrases(tokens, words.measure.map(toPattern)).length > 0;
}

/** A filled measure or target field counts, unless all it says is how often. */
function isMoreThanFrequency(text: string, words: GoalWords): boolean {
  return withoutFrequency(tokenise(text), words).some((t) => t !== '');
}

function withoutFrequency(tokens: string[], words: GoalWords): string[] {
  const out = [...tokens];
  for (const pattern of words.frequency.map(toPattern)) {
    for (let i = 0; i + pattern.length <= out.length; i += 1) {
      if (matchesAt(out, i, pattern)) out.fill('', i, i + pattern.length);
    }
  }
  return out;
}

function findPhrases(tokens: string[], patterns: Pattern[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    for (let i = 0; i + pattern.length <= tokens.length; i += 1) {
      if (matchesAt(tokens, i, pattern)) found.push(tokens.slice(i, i + pattern.length).join(' '));
    }
  }
  return [...new Set(found)];
}

function matchesAt(tokens: string[], at: number, pattern: Pattern): boolean {
  return pattern.every((p, j) => matchesToken(tokens[at + j] ?? '', p));
}

const NUMBER = /^\d+([.,]\d+)?%?$/;

function matchesToken(token: string, pattern: string): boolean {
  if (token === '') return false;
  if (pattern === '#') return NUMBER.test(token) || token === '%';
  if (pattern === '#x') return /^\d+x$/.test(token);
  if (pattern.endsWith('*')) return token.startsWith(pattern.slice(0, -1));
  return token === pattern;
}

function toPattern(entry: string): Pattern {
  return entry.split(' ');
}

function tokenise(text: string): string[] {
  return normalise(text).split(' ').filter((t) => t !== '');
}

/** Lower case, accents off (geïnformeerd → geinformeerd), punctuation to spaces; keeps 10%, 2,5 and 4x whole. */
function normalise(text: string): string {
  return text
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[.,](\d)/g, '$1\u0001$2')
    .replace(/[^\p{L}\p{N}%*#\u0001]+/gu, ' ')
    .replace(/\u0001/g, ',')
    .trim();
}
