// Splits one line of chat text into sentences without breaking Dutch abbreviations
// ("o.a. met de GGD", "bijv. Gemeente Leiden") or numbers ("€ 1.500").

const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'b.v', 'm.b.t', 'i.v.m', 'i.o.m', 't.a.v', 'z.s.m', 'dhr', 'mw', 'mevr', 'drs', 'dr',
  'ir', 'mr', 'prof', 'ca', 'evt', 'incl', 'excl', 'enz', 'etc', 'nl', 'resp', 'vs', 'e.g', 'i.e', 'st', 'nr',
  'tel', 'ong', 'jl', 'a.s', 'o.b.v', 'p.p', 'wk',
]);

/** Sentences of `line`, split after '.', '!', '?' or ';' followed by whitespace. */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of line.matchAll(/[.!?;]+(?=\s+\S)/g)) {
    const end = boundary.index + boundary[0].length;
    if (boundary[0] === '.' && endsWithAbbreviation(line.slice(start, boundary.index))) continue;
    sentences.push(line.slice(start, end));
    start = end;
  }
  sentences.push(line.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

function endsWithAbbreviation(text: string): boolean {
  const lastWord = /(\S+)$/.exec(text)?.[1]?.toLowerCase() ?? '';
  return ABBREVIATIONS.has(lastWord.replace(/^[("'[]+/, '')) || /^\p{L}$/u.test(lastWord);
}
