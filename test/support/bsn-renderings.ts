// Ways a person can write a BSN so that a reader still sees nine digits: other digit
// scripts, other separators, invisible characters, amount-like forms. Shared by the
// domain's property tests and the per-path guard tests.

/** Zero of each decimal digit script the tests write in. */
export const DIGIT_ZEROS = {
  ascii: 0x30, fullWidth: 0xff10, arabicIndic: 0x660, persian: 0x6f0, devanagari: 0x966, bengali: 0x9e6,
  thai: 0xe50, mathBold: 0x1d7ce, mathMonospace: 0x1d7f6, nko: 0x7c0, myanmar: 0x1040, tamil: 0xbe6,
} as const;

export function inScript(digits: string, zero: number): string {
  return [...digits].map((d) => String.fromCodePoint(zero + Number(d))).join('');
}

const groups = (d: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(d.slice(at, at + size));
    at += size;
  }
  return out.join(sep);
};
const threes = (d: string, sep: string) => groups(d, [3, 3, 3], sep);

/** Named renderings of nine digits: at least the 25 the issue tried, and more. */
export const RENDERINGS: [name: string, render: (digits: string) => string][] = [
  ['plain', (d) => d],
  ['dotted', (d) => threes(d, '.')],
  ['spaced', (d) => threes(d, ' ')],
  ['dashed', (d) => threes(d, '-')],
  ['no-break space', (d) => threes(d, '\u00a0')],
  ['full-width', (d) => inScript(d, DIGIT_ZEROS.fullWidth)],
  ['Arabic-Indic', (d) => inScript(d, DIGIT_ZEROS.arabicIndic)],
  ['Persian', (d) => inScript(d, DIGIT_ZEROS.persian)],
  ['Devanagari', (d) => inScript(d, DIGIT_ZEROS.devanagari)],
  ['one full-width digit among ASCII', (d) => d.slice(0, 4) + inScript(d[4]!, DIGIT_ZEROS.fullWidth) + d.slice(5)],
  ['en dash', (d) => threes(d, '\u2013')],
  ['slash', (d) => threes(d, '/')],
  ['underscore', (d) => threes(d, '_')],
  ['narrow no-break space', (d) => threes(d, '\u202f')],
  ['thin space', (d) => threes(d, '\u2009')],
  ['tab', (d) => threes(d, '\t')],
  ['newline', (d) => threes(d, '\n')],
  ['zero-width space', (d) => threes(d, '\u200b')],
  ['soft hyphen', (d) => threes(d, '\u00ad')],
  ['every digit spaced', (d) => [...d].join(' ')],
  ['eight-dash-one', (d) => groups(d, [8, 1], '-')],
  ['spaced dashes', (d) => threes(d, ' - ')],
  ['euro amount', (d) => `€ ${d}`],
  ['amount with cents', (d) => `${d},00`],
  ['em dash', (d) => threes(d, '\u2014')],
  ['figure space', (d) => threes(d, '\u2007')],
  ['groups 4-2-3', (d) => groups(d, [4, 2, 3], ' ')],
  ['word joiner', (d) => threes(d, '\u2060')],
  ['Bengali', (d) => inScript(d, DIGIT_ZEROS.bengali)],
  ['mathematical bold', (d) => inScript(d, DIGIT_ZEROS.mathBold)],
  ['mixed scripts', (d) => inScript(d.slice(0, 3), DIGIT_ZEROS.arabicIndic) + ' ' + d.slice(3, 6) + ' ' + inScript(d.slice(6), DIGIT_ZEROS.devanagari)],
  ['minus sign', (d) => threes(d, '\u2212')],
  ['thousands commas', (d) => threes(d, ',')],
  ['ideographic space', (d) => threes(d, '\u3000')],
  ['non-breaking hyphen', (d) => threes(d, '\u2011')],
  ['byte order mark', (d) => threes(d, '\ufeff')],
];

/** Valid BSNs (elfproef) to write in those renderings. */
export const VALID_BSNS = ['123456782', '111222333', '974319958', '999999990', '246813581', '100000009'];

export function elfproefCheckDigit(eight: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(eight[i]);
  const check = sum % 11;
  return check === 10 ? null : check;
}
