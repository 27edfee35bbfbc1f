import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/domain/split-sentences.ts';

describe('splitSentences', () => {
  it('splits on sentence ends and semicolons', () => {
    expect(splitSentences('Gebeld met de GGD. Mail gestuurd! Komt dat goed? Ja; prima')).toEqual([
      'Gebeld met de GGD.',
      'Mail gestuurd!',
      'Komt dat goed?',
      'Ja;',
      'prima',
    ]);
  });

  it('keeps abbreviations, initials and numbers together', () => {
    expect(splitSentences('Overleg o.a. met dhr. Jansen en A. de Vries, bijv. over € 1.500 subsidie.')).toEqual([
      'Overleg o.a. met dhr. Jansen en A. de Vries, bijv. over € 1.500 subsidie.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
