// False positives: a few hundred lines of ordinary Dutch care text (agendas, notes,
// contact logs) with phones, IBANs, dates, times, amounts, postcodes, AGB and KvK
// numbers, chosen so that nine of their digits pass the elfproef wherever that is possible.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBsnLike, passesElfproef } from '../../src/domain/bsn.ts';

const CORPUS = fileURLToPath(new URL('../fixtures/bsn/care-text.nl.txt', import.meta.url));
const lines = readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** What a guard that ignored separators would refuse: any nine consecutive digits passing the elfproef. */
function naiveHit(line: string): boolean {
  const digits = line.replace(/\D/g, '');
  for (let i = 0; i + 9 <= digits.length; i += 1) if (passesElfproef(digits.slice(i, i + 9))) return true;
  return false;
}

describe('BSN false-positive corpus', () => {
  it('has a few hundred lines, most of which a separator-blind guard would refuse', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const risky = lines.filter(naiveHit).length;
    console.info(`BSN-corpus: ${lines.length} regels, ${risky} met negen cijfers die de elfproef halen`);
    expect(risky).toBeGreaterThan(lines.length / 3);
  });

  it('refuses none of them (false positives: 0)', () => {
    const falsePositives = lines.flatMap((line) => findBsnLike(line).map((found) => `${found}  ←  ${line}`));
    console.info(`BSN-corpus: ${falsePositives.length} valse positieven op ${lines.length} regels`);
    expect(falsePositives).toEqual([]);
  });
});
