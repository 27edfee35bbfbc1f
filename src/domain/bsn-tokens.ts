// Splits normalised text (bsn-normalise.ts) into the numbers a reader would see: digit
// runs joined by separators form a chain, a chain splits at its spaces into tokens, and
// dates, times and postcodes split a chain into segments (they are never part of a BSN).
// The rule itself is explained in bsn.ts.

export interface NumberToken {
  /** [start, end) in the normalised text. */
  start: number;
  end: number;
  /** The token's digits without separators. */
  digits: string;
  /** Digit runs and the separators between them, as written. */
  groups: string[];
  separators: string[];
  /** Written right after a letter ('P100', 'NL91'): a code of its own. */
  afterLetter: boolean;
}

const SEPARATORS = /^[ \n\-/._']+$/;
const MAX_MARKS = 3;

/** Segments of consecutive number tokens, in order of appearance. */
export function numberTokens(plain: string): NumberToken[][] {
  const segments: NumberToken[][] = [];
  let segment: NumberToken[] = [];
  let token: NumberToken | null = null;
  let previousEnd = -1;
  const closeToken = () => {
    if (!token) return;
    if (isSeparatorShape(token, plain)) closeSegment();
    else segment.push(token);
    token = null;
  };
  const closeSegment = () => {
    if (segment.length > 0) segments.push(segment);
    segment = [];
  };
  for (const run of plain.matchAll(/\d+/g)) {
    const start = run.index;
    const end = start + run[0].length;
    const gap = previousEnd < 0 ? null : plain.slice(previousEnd, start);
    if (gap === null || !joins(gap, run[0].length)) {
      closeToken();
      closeSegment();
      token = { start, end, digits: run[0], groups: [run[0]], separators: [], afterLetter: /\p{L}/u.test(plain[start - 1] ?? '') };
    } else if (/[ \n]/.test(gap)) {
      closeToken();
      token = { start, end, digits: run[0], groups: [run[0]], separators: [], afterLetter: false };
    } else {
      const current: NumberToken = token!;
      current.end = end;
      current.digits += run[0];
      current.groups.push(run[0]);
      current.separators.push(gap);
    }
    previousEnd = end;
  }
  closeToken();
  closeSegment();
  return segments;
}

function joins(gap: string, nextLength: number): boolean {
  if (gap === ',') return nextLength === 3; // thousands comma; ',00' is a decimal comma
  if (!SEPARATORS.test(gap)) return false;
  const marks = gap.replace(/[ \n]/g, '').length;
  const lineBreaks = gap.length - gap.replace(/\n/g, '').length;
  return marks <= MAX_MARKS && lineBreaks <= 1;
}

/** Dates, times and postcodes separate numbers. */
function isSeparatorShape(token: NumberToken, plain: string): boolean {
  const lengths = token.groups.map((g) => g.length);
  const values = token.groups.map(Number);
  const seps = new Set(token.separators);
  const oneSep = seps.size === 1 && [...seps][0]!.length === 1;
  const sep = oneSep ? [...seps][0]! : '';
  const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  // A four-digit year of a date in this work: '0000/2/1' is not a date, so it cannot hide a BSN.
  const year = (i: number) => lengths[i] !== 4 || (values[i]! >= 1900 && values[i]! <= 2099);
  if (oneSep && '-/.'.includes(sep) && lengths.length === 3) {
    const [a, b, c] = values as [number, number, number];
    if (lengths[0]! <= 2 && lengths[1]! <= 2 && (lengths[2] === 2 || lengths[2] === 4) && year(2) && dayMonth(a, b)) return true;
    if (lengths[0] === 4 && year(0) && lengths[1]! <= 2 && lengths[2]! <= 2 && dayMonth(c, b)) return true;
  }
  if (oneSep && '-/'.includes(sep) && lengths.length === 2 && lengths.every((l) => l <= 2) && dayMonth(values[0]!, values[1]!)) {
    return true;
  }
  const isTime = (h: number, m: number) => lengths[h]! <= 2 && lengths[m] === 2 && values[h]! <= 24 && values[m]! <= 59;
  if (sep === '.' && lengths.length === 2 && isTime(0, 1)) return true;
  // A time range: '9.00-10.30'.
  const rangeSeps = token.separators.join('');
  if (lengths.length === 4 && /^[.][-/][.]$/.test(rangeSeps) && isTime(0, 1) && isTime(2, 3)) return true;
  const isPostcode = lengths.length === 1 && lengths[0] === 4 && token.digits[0] !== '0';
  // Postcode letters are capitals: '6782 is' is a number followed by a word.
  return isPostcode && /^ ?[A-Z]{2}(?![A-Za-z])/.test(plain.slice(token.end, token.end + 4));
}
