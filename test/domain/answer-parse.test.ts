import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/domain/answer-parse.ts';

describe('parseAnswer with labels', () => {
  it('reads a Slack answer with bold labels, bullets, mentions and entities', () => {
    const text = [
      '*Gedaan:*',
      '• Gebeld met Gemeente Leiden over de wachtlijst',
      '• Overleg met <@U024BE7LH> en GGZ Rivierduinen &amp; Wijkteam Noord',
      '*Ga doen:*',
      '1. Afspraak plannen met Huisartsenpraktijk De Linde',
      '2. _Evaluatie_ met Het Baken',
    ].join('\n');
    expect(parseAnswer(text)).toEqual({
      done: ['Gebeld met Gemeente Leiden over de wachtlijst', 'Overleg met @U024BE7LH en GGZ Rivierduinen & Wijkteam Noord'],
      planned: ['Afspraak plannen met Huisartsenpraktijk De Linde', 'Evaluatie met Het Baken'],
    });
  });

  it('splits sentences on the label line without breaking abbreviations', () => {
    const text = 'Gedaan: bezoek aan Zorggroep Het Baken. O.a. de GGD gesproken! Mail aan dhr. Jansen gestuurd.\nGa ik doen: nabellen';
    expect(parseAnswer(text)).toEqual({
      done: ['bezoek aan Zorggroep Het Baken', 'O.a. de GGD gesproken!', 'Mail aan dhr. Jansen gestuurd'],
      planned: ['nabellen'],
    });
  });

  it.each([
    ['gedaan:', 'ga doen:'],
    ['GEDAAN', 'GA DOEN'],
    ['Gedaan -', 'Gaan doen -'],
    ['Done:', 'Will do:'],
    ['did:', 'todo'],
    ['Wat heb ik gedaan?', 'Wat ga ik doen?'],
    ['gedaan', 'To do:'],
    ['Gedaan', 'Plan:'],
    ['Gedaan', 'Next:'],
  ])('accepts the labels %s / %s', (doneLabel, plannedLabel) => {
    const text = `${doneLabel}\n- intake met Wijkteam Noord\n${plannedLabel}\n- terugkoppeling aan GGZ Rivierduinen`;
    expect(parseAnswer(text)).toEqual({ done: ['intake met Wijkteam Noord'], planned: ['terugkoppeling aan GGZ Rivierduinen'] });
  });

  it('takes the planned part first when written in that order, and repeated labels append', () => {
    const text = 'Ga doen: bellen met De Linde\nGedaan: mail aan Gemeente Leiden\nGa doen: verslag delen';
    expect(parseAnswer(text)).toEqual({
      done: ['mail aan Gemeente Leiden'],
      planned: ['bellen met De Linde', 'verslag delen'],
    });
  });

  it('drops a greeting before the labels and placeholders such as n.v.t.', () => {
    const text = 'Hoi team!\n\ngedaan\n- intake\n\nga doen\n- -\n- n.v.t.\n- ';
    expect(parseAnswer(text)).toEqual({ done: ['intake'], planned: [] });
  });

  it('counts unlabelled text before a lone ga-doen label as gedaan', () => {
    const text = 'Deze week rustig, alleen gemaild met De Linde.\nGa doen: langs bij Het Baken';
    expect(parseAnswer(text)).toEqual({ done: ['Deze week rustig, alleen gemaild met De Linde'], planned: ['langs bij Het Baken'] });
  });

  it('does not take an English word starting a Dutch sentence for a label', () => {
    expect(parseAnswer('Plan een overleg met de GGD gemaakt. Daarna gemaild.')).toEqual({
      done: ['Plan een overleg met de GGD gemaakt', 'Daarna gemaild'],
      planned: [],
    });
  });

  it('handles emoji shortcodes, links and channel references', () => {
    const text =
      ':white_check_mark: *Gedaan*: <https://example.org/verslag|verslag> gedeeld in <#C123|rro-team>\n' +
      ':calendar: *Ga doen* - nieuwe afspraak met <!here>';
    expect(parseAnswer(text)).toEqual({ done: ['verslag gedeeld in #rro-team'], planned: ['nieuwe afspraak met @here'] });
  });

  it('keeps a bullet with two sentences as one item', () => {
    expect(parseAnswer('Gedaan:\n- Gebeld met Het Baken. Zij komen terug.').done).toEqual(['Gebeld met Het Baken. Zij komen terug']);
  });
});

describe('parseAnswer without labels', () => {
  it('reads two paragraphs as gedaan and ga doen', () => {
    const text =
      'Vorige week netwerkbijeenkomst bij GGZ Rivierduinen gehad.\nOok Wijkteam Noord gesproken.\n\n' +
      'Volgende week bel ik Gemeente Leiden.';
    expect(parseAnswer(text)).toEqual({
      done: ['Vorige week netwerkbijeenkomst bij GGZ Rivierduinen gehad', 'Ook Wijkteam Noord gesproken'],
      planned: ['Volgende week bel ik Gemeente Leiden'],
    });
  });

  it('reads a single paragraph as all gedaan', () => {
    expect(parseAnswer('- kennismaking Huisartsenpraktijk De Linde\n- mail Het Baken')).toEqual({
      done: ['kennismaking Huisartsenpraktijk De Linde', 'mail Het Baken'],
      planned: [],
    });
  });

  it('treats blank lines with only spaces and Windows line ends as paragraph breaks', () => {
    expect(parseAnswer('gebeld met de GGD\r\n   \r\nbezoek Het Baken')).toEqual({ done: ['gebeld met de GGD'], planned: ['bezoek Het Baken'] });
  });

  it('returns nothing for an empty answer', () => {
    expect(parseAnswer('')).toEqual({ done: [], planned: [] });
    expect(parseAnswer('  \n\n ')).toEqual({ done: [], planned: [] });
  });
});

describe('parseAnswer on one line', () => {
  it('splits "Gedaan: … Ga doen: …" written as one line', () => {
    expect(parseAnswer('Gedaan: overleg met Het Baken. Ga doen: De Zonnebloem bellen.')).toEqual({
      done: ['overleg met Het Baken'],
      planned: ['De Zonnebloem bellen'],
    });
  });

  it('splits on a separator too, and leaves "ga doen" inside a sentence alone', () => {
    expect(parseAnswer('gedaan: Wijkteam Noord gesproken - ga doen: GGD mailen')).toEqual({
      done: ['Wijkteam Noord gesproken'],
      planned: ['GGD mailen'],
    });
    expect(parseAnswer('Gedaan: afgesproken wat we ga doen met de wachtlijst.').planned).toEqual([]);
  });
});

describe('parseAnswer: a ga-doen label inside a sentence', () => {
  it.each([
    ['Oh, en ga doen: lunch met Kompas', [], ['lunch met Kompas']],
    ['Oh en ga doen: lunch met Kompas.', [], ['lunch met Kompas']],
    ['Het Baken gebeld, en ga doen: lunch met Kompas', ['Het Baken gebeld'], ['lunch met Kompas']],
    ['Gedaan: Het Baken gebeld, ga doen: lunch met Kompas', ['Het Baken gebeld'], ['lunch met Kompas']],
    ['Gedaan: mail aan De Linde en ga doen: lunch met Kompas', ['mail aan De Linde'], ['lunch met Kompas']],
    ['Ok, ook ga doen: Kompas bellen', [], ['Kompas bellen']],
  ])('%s', (text, done, planned) => {
    expect(parseAnswer(text)).toEqual({ done, planned });
  });

  it('leaves "en ga doen" without a colon inside a sentence alone', () => {
    expect(parseAnswer('Met Kompas besproken wat we en ga doen met de wachtlijst')).toEqual({
      done: ['Met Kompas besproken wat we en ga doen met de wachtlijst'],
      planned: [],
    });
  });
});

describe('parseAnswer: "nothing done" is not a gedaan item', () => {
  it.each([
    ['geen tijd gehad'],
    ['Geen tijd gehad.'],
    ['Helaas geen tijd gehad deze week'],
    ['geen tijd'],
    ['niets gedaan'],
    ['Niks gedaan!'],
    ['nog niets'],
    ['nog niet aan toegekomen'],
    ['Er nog niet aan toegekomen'],
    ['niet aan toegekomen vanwege de griep'],
    ['geen tijd gehad om Kompas te bellen'],
    ['Nothing done'],
    ['no time'],
  ])('%s (unlabelled and after "Gedaan:")', (text) => {
    expect(parseAnswer(text)).toEqual({ done: [], planned: [] });
    expect(parseAnswer(`Gedaan: ${text}\nGa doen: Kompas bellen`)).toEqual({ done: [], planned: ['Kompas bellen'] });
  });

  it('keeps items that only start like "nothing done"', () => {
    expect(parseAnswer('Niets bijzonders, wel Het Baken gebeld').done).toEqual(['Niets bijzonders, wel Het Baken gebeld']);
    expect(parseAnswer('Niet alleen Kompas maar ook De Linde gesproken').done).toEqual(['Niet alleen Kompas maar ook De Linde gesproken']);
    expect(parseAnswer('Geen tijd gehad voor Kompas, wel Het Baken gebeld').done).toEqual(['Geen tijd gehad voor Kompas, wel Het Baken gebeld']);
    expect(parseAnswer('Gedaan:\n- geen tijd gehad\n- mail aan De Linde').done).toEqual(['mail aan De Linde']);
  });
});
