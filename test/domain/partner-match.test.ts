import { describe, expect, it } from 'vitest';
import { buildPartnerIndex, matchPartners, matchPartnersWithIndex } from '../../src/domain/partner-match.ts';

const partners = [
  { id: 'baken', name: 'Zorggroep Het Baken', aliases: ['Het Baken'] },
  { id: 'rivierduinen', name: 'GGZ Rivierduinen', aliases: ['Rivierduinen'] },
  { id: 'leiden', name: 'Gemeente Leiden', aliases: [] },
  { id: 'linde', name: 'Huisartsenpraktijk De Linde', aliases: ['De Linde'] },
  { id: 'noord', name: 'Wijkteam Noord', aliases: [] },
  { id: 'oost', name: 'Wijkteam Oost', aliases: [] },
  { id: 'ggd', name: 'GGD Hollands Midden', aliases: ['GGD'] },
  { id: 'zorgkantoor', name: 'Zorgkantoor', aliases: [] },
  { id: 'sjaloom', name: "Stichting 's-Heeren Loo", aliases: ['Heeren Loo'] },
  { id: 'elan', name: 'Élan Jeugdzorg', aliases: [] },
];

function ids(text: string): string[] {
  return matchPartners(text, partners).map((match) => match.partnerId);
}

describe('matchPartners', () => {
  it('finds names and aliases in order of appearance, as written', () => {
    expect(matchPartners('Gebeld met Gemeente Leiden en daarna langs bij het Baken.', partners)).toEqual([
      { partnerId: 'leiden', matched: 'Gemeente Leiden', exact: true },
      { partnerId: 'baken', matched: 'het Baken', exact: true },
    ]);
  });

  it('prefers the longest phrase and reports each partner once', () => {
    expect(matchPartners('Zorggroep Het Baken: overleg. Het Baken komt terug.', partners)).toEqual([
      { partnerId: 'baken', matched: 'Zorggroep Het Baken', exact: true },
    ]);
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(ids('overleg met GGZ-RIVIERDUINEN, elan jeugdzorg en stichting s heeren loo')).toEqual(['rivierduinen', 'elan', 'sjaloom']);
    expect(ids('Bezoek aan Heeren-Loo')).toEqual(['sjaloom']);
  });

  it('tolerates small typos in longer words', () => {
    expect(matchPartners('Mail aan Gemeente Leyden gestuurd', partners)).toEqual([
      { partnerId: 'leiden', matched: 'Gemeente Leyden', exact: false },
    ]);
    expect(ids('intake met Rivierdiunen')).toEqual(['rivierduinen']); // 12 letters, 2 edits
    expect(ids('Zorgkantor belde terug')).toEqual(['zorgkantoor']);
    expect(ids('Bij huisartsenpraktjk de Linde')).toEqual(['linde']);
  });

  it('does not stretch typo tolerance too far', () => {
    expect(ids('Rivjerdnuien')).toEqual([]); // three edits
    expect(ids('Gemeente Leidschendam')).toEqual([]);
    expect(ids('Wijkteam West en Wijkteam Zuid')).toEqual([]); // 'oost' is too short for typos
    expect(ids('GGZ en GGA')).toEqual([]); // GGZ alone is no partner; GGA is not GGD
    expect(ids('Taken verdeeld')).toEqual([]); // first letter differs from 'Baken'
  });

  it('matches whole words only', () => {
    expect(ids('De Zorgkantoorregio en zorg in het algemeen')).toEqual([]);
    expect(ids('GGDHM en Leidenaar')).toEqual([]);
    expect(ids('GGD-overleg gehad')).toEqual(['ggd']);
  });

  it('does not match a bare filler alias', () => {
    const withFiller = [{ id: 'x', name: 'De Linde', aliases: ['De', 'Het'] }];
    expect(matchPartners('Het was de week van de wijk', withFiller)).toEqual([]);
  });

  it('reports every partner that shares an alias', () => {
    const shared = [
      { id: 'noord-a', name: 'Wijkteam Noord Leiden', aliases: ['Wijkteam Noord'] },
      { id: 'noord-b', name: 'Wijkteam Noord Katwijk', aliases: ['Wijkteam Noord'] },
    ];
    expect(matchPartners('Overleg met Wijkteam Noord', shared).map((match) => match.partnerId)).toEqual(['noord-a', 'noord-b']);
  });

  it('returns nothing for text without partners or without partners at all', () => {
    expect(ids('Rustige week, vooral administratie.')).toEqual([]);
    expect(matchPartners('Gemeente Leiden', [])).toEqual([]);
  });
});

describe('matchPartnersWithIndex', () => {
  it('is fast enough for 2,000 partners', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      id: `p${i}`,
      name: `Zorgorganisatie ${String.fromCharCode(97 + (i % 26))}${i} Regio${i % 40}`,
      aliases: [`Locatie ${i}`],
    }));
    many.push(...partners);
    const index = buildPartnerIndex(many);
    const answer =
      'Gedaan: gebeld met Gemeente Leyden, overleg met GGZ Rivierduinen en Wijkteam Noord over de wachtlijst. ' +
      'Ga doen: langs bij Zorggroep Het Baken en Huisartsenpraktijk De Linde, Zorgorganisatie k10 Regio10 mailen. ';
    const text = answer.repeat(5);
    const started = performance.now();
    const matches = matchPartnersWithIndex(text, index);
    const elapsed = performance.now() - started;
    expect(matches.map((match) => match.partnerId)).toEqual(['leiden', 'rivierduinen', 'noord', 'baken', 'linde', 'p10']);
    expect(elapsed).toBeLessThan(200);
  });
});
