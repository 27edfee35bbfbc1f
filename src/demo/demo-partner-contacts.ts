// Contact persons at each demo partner on the three levels, with fictional names
// drawn from name pools and job titles that fit the partner's rubriek.
import type { Level } from '../core/register-types.ts';
import type { DemoPartner, DemoPartnerContact } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';
import { slugName } from './slug-name.ts';

const FIRST_NAMES = [
  'Annelies', 'Bart', 'Carla', 'Dennis', 'Els', 'Frank', 'Gonny', 'Hans', 'Ilse', 'Jeroen', 'Karin', 'Leon',
  'Monique', 'Niels', 'Olga', 'Pieter', 'Rianne', 'Stefan', 'Tamara', 'Vincent', 'Wendy', 'Yvonne', 'Zeynep',
  'Rachid', 'Samira', 'Kevin', 'Linda', 'Martijn', 'Petra', 'Sjoerd', 'Astrid', 'Bas', 'Mirjam', 'Erik',
];
const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smits', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van der Heijden', 'Schouten', 'Benali',
  'Öztürk', 'Koster', 'Huisman', 'Prins', 'Timmermans', 'Postma', 'van Beek',
];

const TITLES: Record<string, Record<Level, string[]>> = {
  vvt: {
    operationeel: ['Wijkverpleegkundige', 'Zorgcoördinator opname', 'Specialist ouderengeneeskunde'],
    tactisch: ['Manager zorg', 'Teammanager'],
    strategisch: ['Bestuurder', 'Directeur zorg en behandeling'],
  },
  ggz: {
    operationeel: ['Sociaal psychiatrisch verpleegkundige', 'GZ-psycholoog', 'Psychiater'],
    tactisch: ['Zorgmanager', 'Manager behandelzaken'],
    strategisch: ['Lid raad van bestuur', 'Directeur behandelzaken'],
  },
  gemeente: {
    operationeel: ['Wmo-consulent', 'Consulent jeugd', 'Beleidsmedewerker zorg'],
    tactisch: ['Teamleider Wmo', 'Senior beleidsadviseur sociaal domein'],
    strategisch: ['Wethouder zorg en welzijn', 'Directeur sociaal domein'],
  },
  huisartsen: {
    operationeel: ['Huisarts', 'Praktijkondersteuner ouderenzorg', 'Praktijkverpleegkundige'],
    tactisch: ['Praktijkmanager', 'Kaderhuisarts ouderengeneeskunde'],
    strategisch: ['Bestuurder huisartsencoöperatie', 'Voorzitter huisartsenkring'],
  },
  wijkteam: {
    operationeel: ['Wijkteammedewerker', 'Maatschappelijk werker', 'Ouderenadviseur'],
    tactisch: ['Teamcoördinator', 'Manager wijkteams'],
    strategisch: ['Directeur welzijn', 'Bestuurder'],
  },
  jeugdzorg: {
    operationeel: ['Jeugdzorgwerker', 'Gezinsvoogd', 'Jeugdverpleegkundige'],
    tactisch: ['Teammanager jeugd', 'Regiomanager'],
    strategisch: ['Bestuurder', 'Directeur jeugd'],
  },
};

const EXPERTISE: Record<Level, string[]> = {
  operationeel: ['overdracht', 'casuïstiek', 'spoedplaatsing', 'medicatie', 'nazorg'],
  tactisch: ['capaciteit', 'werkafspraken', 'contractering', 'scholing'],
  strategisch: ['regiovisie', 'IZA', 'financiering'],
};

export function buildPartnerContacts(partners: DemoPartner[], random: SeededRandom): DemoPartnerContact[] {
  const used = new Set<string>();
  const contacts: DemoPartnerContact[] = [];
  for (const [index, partner] of partners.entries()) {
    // Most partners have a board-level contact; some smaller practices do not.
    const levels: Level[] = ['operationeel', 'tactisch'];
    if (random.chance(0.25)) levels.unshift('operationeel');
    if (random.chance(0.7)) levels.push('strategisch');
    for (const level of levels) {
      const name = drawUniqueName(random, used);
      contacts.push({
        partnerKey: partner.key,
        name,
        jobTitle: random.pick(TITLES[partner.categoryKey]![level]),
        level,
        email: `${slugName(name, '.')}@${partner.key}.example`,
        phone: `010-555 ${String(1000 + index * 97 + contacts.length).slice(-4)}`,
        expertise: [random.pick(EXPERTISE[level])],
      });
    }
  }
  return contacts;
}

function drawUniqueName(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
