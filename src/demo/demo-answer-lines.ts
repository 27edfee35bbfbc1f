// Dutch "gedaan" and "ga doen" lines for demo check-in answers. Each line names its
// partner by full name or by an alias, the way colleagues actually write.
import type { Level } from '../core/register-types.ts';
import type { DemoContactMoment, DemoPartner, DemoPartnerContact } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

export interface AnswerLine {
  text: string;
  partnerKey: string;
}

interface Register {
  partners: DemoPartner[];
  partnerContacts: DemoPartnerContact[];
}

const DONE: Record<Level, string[]> = {
  operationeel: [
    'Gebeld met {contact} ({title}) van {partner} over een overdracht.',
    'Casuïstiek besproken met {contact} van {partner}.',
    'Met {contact} van {partner} de nazorg na ontslag afgestemd.',
    'Bij {partner} langs geweest om de wachttijd door te nemen.',
  ],
  tactisch: [
    'Werkafspraken geëvalueerd met {contact} ({title}) van {partner}.',
    'Overleg met {partner} over de capaciteit in de komende weken.',
  ],
  strategisch: ['Bestuurlijk overleg met {contact} van {partner} over de regiovisie.'],
};
const DONE_WITHOUT_CONTACT = [
  'Geen contact gehad, wel de gegevens van {partner} in de sociale kaart bijgewerkt.',
  'Gesprek met {partner} voorbereid; nog geen afspraak kunnen maken.',
  'Vooral op de afdeling gestaan; alleen een mail aan {partner} voorbereid.',
  'Notities over {partner} doorgelezen voor het RRO.',
];
const PLANNED = [
  '{partner} bellen over de wachtlijst.',
  '{contact} van {partner} mailen met de nieuwe werkafspraken.',
  'Afspraak maken met {partner} voor een kennismaking met het team.',
  'Terugkoppeling geven aan {contact} van {partner} over onze gezamenlijke casus.',
  'Met {partner} de overdracht bij ontslag evalueren.',
];

export function composeDoneLine(moment: DemoContactMoment, register: Register, random: SeededRandom): AnswerLine {
  const text = fillLine(random.pick(DONE[moment.level]), moment.partnerKey, moment.level, register, random);
  return { partnerKey: moment.partnerKey, text };
}

/** A week without contact still gets an honest "gedaan" about one's own partner. */
export function composeQuietWeekLine(partnerKey: string, register: Register, random: SeededRandom): AnswerLine {
  return { partnerKey, text: fillLine(random.pick(DONE_WITHOUT_CONTACT), partnerKey, 'operationeel', register, random) };
}

export function composePlannedLine(partnerKey: string, register: Register, random: SeededRandom): AnswerLine {
  return { partnerKey, text: fillLine(random.pick(PLANNED), partnerKey, 'operationeel', register, random) };
}

function fillLine(template: string, partnerKey: string, level: Level, register: Register, random: SeededRandom): string {
  const partner = register.partners.find((p) => p.key === partnerKey)!;
  const people = register.partnerContacts.filter((c) => c.partnerKey === partnerKey);
  const contact = people.find((c) => c.level === level) ?? people[0]!;
  const text = template
    .replace('{partner}', random.chance(0.5) ? partner.name : random.pick(partner.aliases))
    .replace('{contact}', contact.name)
    .replace('{title}', contact.jobTitle.toLowerCase());
  return text.charAt(0).toUpperCase() + text.slice(1);
}
