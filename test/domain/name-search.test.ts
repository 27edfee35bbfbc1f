import { describe, expect, it } from 'vitest';
import { matchesSearch, toSearchWords } from '../../src/domain/name-search.ts';

const finds = (query: string, ...names: string[]) => matchesSearch(toSearchWords(query), names);

describe('matchesSearch', () => {
  it.each([
    ['maxima', 'Máxima Medisch Centrum'],
    ['MÁXIMA', 'Maxima MC'],
    ['max', 'Máxima Medisch Centrum'], // unfinished word
    ['duinen', 'GGZ Rivierduinen'], // part of a word, as the plain search found
    ['maxima medisch', 'Máxima Medisch Centrum'],
    ['medisch maxima', 'Máxima Medisch Centrum'], // order free
    ['rivierduinne', 'GGZ Rivierduinen'], // typo, 1 edit
    ['maxmia', 'Máxima Medisch Centrum'], // two letters swapped
    ['ggz-rivierduinen', 'GGZ Rivierduinen'],
    ['zorgcentrum emile', 'Zorgcentrum Émile'],
    ['baken', 'Het Baken', 'Zorggroep Het Baken'],
  ])('"%s" finds %s', (query, ...names) => {
    expect(finds(query, ...names)).toBe(true);
  });

  it.each([
    ['taken', 'Het Baken'], // the first letter must be right
    ['ggd', 'GGZ Rivierduinen'], // short words get no typo tolerance
    ['maxima oost', 'Máxima Medisch Centrum'], // every word must be found
    ['amxima', 'Máxima Medisch Centrum'], // a swap of the first letter is no swap we forgive (first letter must be right)
  ])('"%s" does not find %s', (query, name) => {
    expect(finds(query, name)).toBe(false);
  });

  it('finds by alias, and an empty search finds everything', () => {
    expect(finds('mmc', 'Máxima Medisch Centrum', 'MMC')).toBe(true);
    expect(finds('  ', 'wat dan ook')).toBe(true);
  });
});
