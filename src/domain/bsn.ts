// Privacy guard: a BSN must never be stored in this tool (AVG), so text is checked for
// anything that looks like one before it is saved, posted or logged.
//
// The rule, on the normalised text (bsn-normalise.ts: any digit script, invisible
// characters gone, one plain character per kind of separator):
// 1. Digits joined by separators form a chain: between two digit runs any run of spaces,
//    dashes, slashes, dots, underscores and apostrophes (at most three that are not spaces,
//    at most one line break), or a thousands comma ('123,456,782'). A decimal comma
//    (',00') or any other character ends the chain.
// 2. A chain splits at its spaces into tokens. Dates ('23-11-2026', '23/11'), times
//    ('9.30') and postcodes ('2311 AB') are tokens that separate numbers, never part of one.
// 3. A BSN candidate is a token of exactly nine digits, or consecutive tokens with nine
//    digits together that stand alone: no token beside them, or one of five digits or more,
//    or a code glued to letters ('P100') — a number of its own. So '1 2 3 4 5 6 7 8 2', '123 - 456 - 782' and '0612345678
//    123456782' are found, and '+31 6 12345678', '071 512 34 56' are not read as one.
// 4. It is a BSN when the nine digits pass the elfproef and it is not the national part
//    of a phone number written after +31, 0031 or (0).
// 5. UUIDs (database and platform ids) are not numbers and are skipped.
// An amount whose whole-euro part is nine elfproef digits ('€ 123456782', '123456782,00')
// is refused: such an amount is rare in care work, the same digits are a BSN in disguise,
// and a refusal costs a rephrase while a miss stores a citizen number.
import { normaliseForBsn, originalSpan } from './bsn-normalise.ts';
import { numberTokens, type NumberToken } from './bsn-tokens.ts';
import { stripChatMarkup } from './strip-chat-markup.ts';

export const BSN_REDACTION = '[BSN verwijderd]';

interface Span {
  start: number;
  end: number;
}

// Database and platform ids (UUIDs) are hex, not numbers: '12345678-9abc-…' is no BSN.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PHONE_PREFIX = /(?:\+ ?31|(?<!\d)0031|\(0\))[ \-./]*(?:\(0\)[ \-./]*)?$/;

/** The BSN-like substrings of `text`, as written, in order of appearance. */
export function findBsnLike(text: string): string[] {
  return findBsnSpans(text).map((span) => text.slice(span.start, span.end));
}

/**
 * True when `text` holds a BSN as written, or once chat markup is read the way the
 * answer parser reads it ('12345*678*2' is stored as '123456782').
 */
export function containsBsn(text: string): boolean {
  // Fast path: fewer than nine digits of any script cannot hold a BSN.
  if (!hasNineDigits(text)) return false;
  if (findBsnSpans(text).length > 0) return true;
  return /[*_~<&]/.test(text) && findBsnSpans(stripChatMarkup(text)).length > 0;
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

// A character of \p{No} (circled, superscript, '⑩') may normalise to two digits.
function hasNineDigits(text: string): boolean {
  let count = 0;
  for (const match of text.matchAll(/\p{Nd}|[\p{No}\p{Nl}]/gu)) {
    count += /\p{Nd}/u.test(match[0]) ? 1 : 2;
    if (count >= 9) return true;
  }
  return false;
}

function findBsnSpans(text: string): Span[] {
  const normalised = normaliseForBsn(text);
  const plain = normalised.text.replace(UUID, (id) => 'x'.repeat(id.length));
  const spans: Span[] = [];
  for (const segment of numberTokens(plain)) {
    for (const candidate of candidatesIn(segment)) {
      const digits = candidate.map((token) => token.digits).join('');
      const start = candidate[0]!.start;
      const end = candidate.at(-1)!.end;
      if (!passesElfproef(digits)) continue;
      if (digits[0] !== '0' && PHONE_PREFIX.test(plain.slice(Math.max(0, start - 12), start))) continue;
      spans.push(originalSpan(normalised, start, end));
    }
  }
  return dropOverlaps(spans);
}

/** Single tokens of nine digits, and runs of tokens with nine digits that stand alone. */
function candidatesIn(tokens: NumberToken[]): NumberToken[][] {
  const found: NumberToken[][] = [];
  const standsAlone = (i: number) => i < 0 || i >= tokens.length || tokens[i]!.digits.length >= 5 || tokens[i]!.afterLetter;
  for (let i = 0; i < tokens.length; i += 1) {
    let digits = 0;
    for (let j = i; j < tokens.length && digits < 9; j += 1) {
      digits += tokens[j]!.digits.length;
      if (digits !== 9) continue;
      if (i === j || (standsAlone(i - 1) && standsAlone(j + 1))) found.push(tokens.slice(i, j + 1));
    }
  }
  return found;
}

function dropOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) if (!kept.length || span.start >= kept.at(-1)!.end) kept.push(span);
  return kept;
}
