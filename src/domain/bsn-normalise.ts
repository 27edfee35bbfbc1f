// Before looking for a BSN, text is brought to one plain form, so that what a reader sees
// as nine digits is nine ASCII digits here: NFKC (full-width, circled, superscript forms),
// every decimal digit of any script (\p{Nd}) as its ASCII value, invisible and format
// characters dropped, every kind of space, dash, slash, dot, underscore, apostrophe and
// comma as one plain character. `origin` maps each plain character back to the original
// text, so a finding can be named and redacted where it was written.

export interface NormalisedText {
  text: string;
  /** origin[i] = index in the original text of the code point plain character i came from. */
  origin: number[];
  /** originEnd[i] = end of that code point in the original text. */
  originEnd: number[];
  length: number;
}

const FORMAT = /^[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
const MARK = /^\p{M}$/u;
const CONTROL = /^\p{Cc}$/u;
const SPACE = /^[\p{Zs}\t\v\f\r\u3164\uffa0\u2800]$/u;
const LINE = /^[\n\u2028\u2029\u0085]$/u;
const DASH = /^[\p{Pd}\u2212\u2043\ufe63\u02d7]$/u;
const SLASH = /^[/\\\u2044\u2215\u29f8\u29f5]$/u;
const DOT = /^[.\u00b7\u0387\u2022\u2024\u2027\u2219\u22c5\u30fb\uff65\u16eb]$/u;
const UNDERSCORE = /^\p{Pc}$/u;
const APOSTROPHE = /^['\u2018\u2019\u201b\u02bc\u2032\u066c]$/u;
const COMMA = /^[,\u060c\u066b\u3001\ufe50]$/u;
const DIGIT = /^\p{Nd}$/u;

const digitCache = new Map<number, number>();

/** The ASCII value of a decimal digit of any script. Unicode assigns \p{Nd} in runs 0–9. */
export function digitValue(char: string): number | undefined {
  if (!DIGIT.test(char)) return undefined;
  const cp = char.codePointAt(0)!;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let start = cp;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  const value = (cp - start) % 10;
  digitCache.set(cp, value);
  return value;
}

function plainOf(char: string): string {
  if (char >= '0' && char <= '9') return char;
  const digit = digitValue(char);
  if (digit !== undefined) return String(digit);
  if (LINE.test(char)) return '\n';
  if (FORMAT.test(char) || CONTROL.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (SLASH.test(char)) return '/';
  if (DOT.test(char)) return '.';
  if (UNDERSCORE.test(char)) return '_';
  if (APOSTROPHE.test(char)) return "'";
  if (COMMA.test(char)) return ',';
  return char;
}

// Printable ASCII other than the backslash stays as it is: copied in runs, not per character.
const PLAIN_RUN = /[\x20-\x5b\x5d-\x7e\n]+/y;

export function normaliseForBsn(input: string): NormalisedText {
  const out: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  let index = 0;
  let afterDigit = false;
  while (index < input.length) {
    PLAIN_RUN.lastIndex = index;
    const run = PLAIN_RUN.exec(input);
    if (run) {
      out.push(run[0]);
      for (let i = index; i < index + run[0].length; i += 1) {
        origin.push(i);
        originEnd.push(i + 1);
      }
      index += run[0].length;
      afterDigit = /\d/.test(run[0].at(-1)!);
      continue;
    }
    const char = String.fromCodePoint(input.codePointAt(index)!);
    const code = char.charCodeAt(0);
    // Plain ASCII letters and punctuation other than the separators stay as they are.
    const pieces = code < 0x80 ? char : char.normalize('NFKC');
    for (const piece of pieces) {
      // A combining mark on a digit (keycap 1️⃣) hides nothing from a reader: drop it.
      const plain: string = code < 0x80 ? plainOfAscii(piece) : afterDigit && MARK.test(piece) ? '' : plainOf(piece);
      if (plain === '') continue;
      out.push(plain);
      origin.push(index);
      originEnd.push(index + char.length);
      afterDigit = plain >= '0' && plain <= '9';
    }
    index += char.length;
  }
  return { text: out.join(''), origin, originEnd, length: input.length };
}

function plainOfAscii(char: string): string {
  if (char === '\\') return '/';
  if (char === '\t' || char === '\v' || char === '\f' || char === '\r') return ' ';
  // Other control characters are invisible: a reader sees the digits around them as one number.
  return char < ' ' && char !== '\n' ? '' : char === '\x7f' ? '' : char;
}

/** The original [start, end) of plain characters [start, end). */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: normalised.origin[start] ?? normalised.length, end: normalised.originEnd[end - 1] ?? normalised.length };
}
