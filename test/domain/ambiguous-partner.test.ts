// Table tests for asking back an ambiguous partner name.
import { describe, expect, it } from 'vitest';
import { findAmbiguousMentions } from '../../src/domain/ambiguous-partner.ts';

const partners = [
  { id: 'a', name: 'Spaarne Gasthuis', aliases: [] },
  { id: 'b', name: 'Spaarne Ziekenhuis', aliases: [] },
  { id: 'c', name: 'Kompas', aliases: [] },
  { id: 'd', name: 'Gemeente Leiden', aliases: [] },
  { id: 'e', name: 'Gemeente Delft', aliases: [] },
  { id: 'f', name: 'Thuiszorg Maasoever', aliases: ['TZM'] },
  { id: 'g', name: 'Thuiszorg Rijnmond', aliases: [] },
];

describe('findAmbiguousMentions', () => {
  it.each([
    ['gebeld met Spaarne', [['Spaarne', ['a', 'b']]]],
    ['gebeld met spaarne over de overdracht', [['spaarne', ['a', 'b']]]],
    ['overleg met Spaarme (typo)', [['Spaarme', ['a', 'b']]]],
    ['Thuiszorg gemaild', [['Thuiszorg', ['f', 'g']]]],
    // A partner named in full: nothing to ask.
    ['gebeld met Spaarne Gasthuis', []],
    ['lunch met Kompas, en Spaarne', []],
    // One partner fits: recognition's business, not a question.
    ['Kompas', []],
    // Generic first words are not asked back.
    ['de gemeente gebeld', []],
    ['niets gedaan', []],
  ] as const)('%s', (text, expected) => {
    const found = findAmbiguousMentions(text, partners).map((m) => [m.written, m.partners.map((p) => p.id)]);
    expect(found).toEqual(expected);
  });

  it('asks each word once and lists at most five partners', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Zorgroep ${i}`, aliases: [] }));
    const found = findAmbiguousMentions('Zorgroep gebeld, ook Zorgroep gemaild', many);
    expect(found).toHaveLength(1);
    expect(found[0]!.partners).toHaveLength(5);
  });
});
