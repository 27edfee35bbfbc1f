// Privacy guard: a BSN must never be stored in this tool (AVG), so free text is checked
// for anything that looks like one before it is saved or posted.
//
// A BSN-like number is 9 digits that pass the elfproef, written contiguously
// ('123456782') or in groups of 2–4 digits with spaces, dots or dashes ('123.456.782',
// '1234 56 782'). Longer numbers (phone numbers such as 0612345678, IBANs) are not,
// nor are amounts with decimals ('123.456.782,00').

export const BSN_REDACTION = '[BSN verwijderd]';

interface Span {
  start: number;
  end: number;
}

interface Group extends Span {
  separatorBefore: string;
}

// Digit groups joined by exactly one separator character.
const DIGIT_RUN = /\d+(?:[ .\-\u00a0]\d+)*/g;
const SPACE = /[ \u00a0]/;

/** The BSN-like substrings of `text`, as written, in order of appearance. */
export function findBsnLike(text: string): string[] {
  return findBsnSpans(text).map((span) => text.slice(span.start, span.end));
}

export function containsBsn(text: string): boolean {
  return findBsnSpans(text).length > 0;
}

/** `text` with every BSN-like number replaced by '[BSN verwijderd]'. */
export function redactBsn(text: string): string {
  let redacted = '';
  let cursor = 0;
  for (const span of findBsnSpans(text)) {
    redacted += text.slice(cursor, span.start) + BSN_REDACTION;
    cursor = span.end;
  }
  return redacted + text.slice(cursor);
}

/** True when the 9 digits pass the elfproef and are not all zeros. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function findBsnSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (isAmount(text, start, end)) continue;
    for (const candidate of candidatesIn(splitGroups(run[0], start))) {
      if (passesElfproef(digitsOf(text, candidate))) spans.push(candidate);
    }
  }
  return spans;
}

/**
 * The whole run if it has a BSN shape; otherwise its space-separated chunks
 * ('tel. 0612345678 123456782'); otherwise single groups of exactly 9 digits.
 */
function candidatesIn(groups: Group[]): Span[] {
  if (hasBsnShape(groups)) return [spanOf(groups)];
  const candidates: Span[] = [];
  for (const chunk of splitAtSpaces(groups)) {
    if (hasBsnShape(chunk)) {
      candidates.push(spanOf(chunk));
      continue;
    }
    for (const group of chunk) if (group.end - group.start === 9) candidates.push(group);
  }
  return candidates;
}

function hasBsnShape(groups: Group[]): boolean {
  const lengths = groups.map((group) => group.end - group.start);
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total !== 9) return false;
  return groups.length === 1 || lengths.every((length) => length >= 2 && length <= 4);
}

function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const match of run.matchAll(/\d+/g)) {
    const start = offset + match.index;
    groups.push({ start, end: start + match[0].length, separatorBefore: match.index > 0 ? run[match.index - 1]! : '' });
  }
  return groups;
}

function splitAtSpaces(groups: Group[]): Group[][] {
  const chunks: Group[][] = [];
  for (const group of groups) {
    const current = chunks.at(-1);
    if (current && !SPACE.test(group.separatorBefore)) current.push(group);
    else chunks.push([group]);
  }
  return chunks;
}

// '123.456.782,50' or '€ 123.456.782' is money, not a citizen number.
function isAmount(text: string, start: number, end: number): boolean {
  return /^,\d/.test(text.slice(end, end + 2)) || /(€|eur)\s?$/i.test(text.slice(Math.max(0, start - 4), start));
}

function spanOf(groups: Group[]): Span {
  return { start: groups[0]!.start, end: groups.at(-1)!.end };
}

function digitsOf(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\D/g, '');
}
