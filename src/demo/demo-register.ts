// The partner register of the fictional Ziekenhuis Maasdelta: rubrieken with their
// contact frequency, and ~40 fictional partners in the fictional region Maasdelta
// (towns Maasmonde, Oudeveer, Brielwaard, Zuidpolder). Any likeness is accidental.
import type { DemoCategory, DemoPartner } from './demo-types.ts';

export const DEMO_CATEGORIES: DemoCategory[] = [
  { key: 'vvt', name: 'VVT', idealIntervalDays: 30, maxIntervalDays: 60, priority: 1 },
  { key: 'huisartsen', name: 'Huisartsen', idealIntervalDays: 30, maxIntervalDays: 60, priority: 2 },
  { key: 'wijkteam', name: 'Wijkteam', idealIntervalDays: 21, maxIntervalDays: 45, priority: 3 },
  { key: 'ggz', name: 'GGZ', idealIntervalDays: 42, maxIntervalDays: 90, priority: 4 },
  { key: 'jeugdzorg', name: 'Jeugdzorg', idealIntervalDays: 42, maxIntervalDays: 90, priority: 5 },
  { key: 'gemeente', name: 'Gemeente', idealIntervalDays: 60, maxIntervalDays: 120, priority: 6 },
];

type PartnerRow = [key: string, name: string, category: string, sector: string, region: string, aliases: string[], team: string];

// The team column says who works with the partner most: transfer = Transferpunt,
// geriatrie = Geriatrie, kinder = Kindergeneeskunde.
const PARTNER_ROWS: PartnerRow[] = [
  ['het-baken', 'Zorggroep Het Baken', 'vvt', 'Verpleeg- en verzorgingshuizen', 'Maasmonde', ['Het Baken'], 'transfer'],
  ['lindehof', 'Woonzorgcentrum De Lindehof', 'vvt', 'Verzorgingshuis', 'Oudeveer', ['De Lindehof', 'Lindehof'], 'geriatrie'],
  ['maasoever', 'Thuiszorg Maasoever', 'vvt', 'Thuiszorg en wijkverpleging', 'Maasmonde', ['Maasoever'], 'transfer'],
  ['rozenhoven', 'Verpleeghuis Rozenhoven', 'vvt', 'Verpleeghuis', 'Brielwaard', ['Rozenhoven'], 'geriatrie'],
  ['de-vaart', 'Zorgcentrum De Vaart', 'vvt', 'Verpleeg- en verzorgingshuizen', 'Zuidpolder', ['De Vaart'], 'transfer'],
  ['avondrood', 'Stichting Avondrood Oudeveer', 'vvt', 'Kleinschalig wonen dementie', 'Oudeveer', ['Avondrood'], 'geriatrie'],
  ['de-kaap', 'Revalidatiecentrum De Kaap', 'vvt', 'Geriatrische revalidatiezorg', 'Regio Maasdelta', ['De Kaap'], 'transfer'],
  ['tzp', 'Thuiszorg Zuidpolder', 'vvt', 'Thuiszorg en wijkverpleging', 'Zuidpolder', ['TZP', 'Thuiszorg ZP'], 'transfer'],
  ['ggz-maasdelta', 'GGZ Maasdelta', 'ggz', 'Specialistische ggz', 'Regio Maasdelta', ['GGZ MD'], 'geriatrie'],
  ['koers', 'Stichting Koers GGZ', 'ggz', 'Basis-ggz', 'Maasmonde', ['Koers GGZ'], 'geriatrie'],
  ['meander', 'Ouderenpsychiatrie De Meander', 'ggz', 'Ouderenpsychiatrie', 'Oudeveer', ['De Meander', 'Meander'], 'geriatrie'],
  ['havenlicht', 'Verslavingszorg Havenlicht', 'ggz', 'Verslavingszorg', 'Maasmonde', ['Havenlicht'], 'transfer'],
  ['veerkracht', 'Praktijk Veerkracht', 'ggz', 'Vrijgevestigde ggz', 'Brielwaard', ['Veerkracht'], 'kinder'],
  ['jeugd-ggz-delta', 'Jeugd-GGZ Delta', 'ggz', 'Jeugd-ggz', 'Regio Maasdelta', ['Jeugd-GGZ'], 'kinder'],
  ['gem-maasmonde', 'Gemeente Maasmonde', 'gemeente', 'Gemeente (Wmo en Jeugdwet)', 'Maasmonde', ['Wmo-loket Maasmonde'], 'transfer'],
  ['gem-oudeveer', 'Gemeente Oudeveer', 'gemeente', 'Gemeente (Wmo en Jeugdwet)', 'Oudeveer', ['Wmo-loket Oudeveer'], 'geriatrie'],
  ['gem-brielwaard', 'Gemeente Brielwaard', 'gemeente', 'Gemeente (Wmo en Jeugdwet)', 'Brielwaard', ['Wmo-loket Brielwaard'], 'kinder'],
  ['gem-zuidpolder', 'Gemeente Zuidpolder', 'gemeente', 'Gemeente (Wmo en Jeugdwet)', 'Zuidpolder', ['Wmo-loket Zuidpolder'], 'transfer'],
  ['ggd', 'GGD Maasdelta', 'gemeente', 'Publieke gezondheid', 'Regio Maasdelta', ['GGD'], 'kinder'],
  ['ha-de-haven', 'Huisartsenpraktijk De Haven', 'huisartsen', 'Huisartsenzorg', 'Maasmonde', ['De Haven'], 'transfer'],
  ['gc-oudeveer', 'Gezondheidscentrum Oudeveer', 'huisartsen', 'Gezondheidscentrum', 'Oudeveer', ['GC Oudeveer'], 'geriatrie'],
  ['dijk-mol', 'Huisartsenpraktijk Van Dijk & Mol', 'huisartsen', 'Huisartsenzorg', 'Brielwaard', ['Van Dijk & Mol', 'Van Dijk en Mol'], 'geriatrie'],
  ['hap', 'Huisartsenpost Maasdelta', 'huisartsen', 'Huisartsenspoedpost', 'Regio Maasdelta', ['HAP', 'Huisartsenpost'], 'transfer'],
  ['delta-eerstelijn', 'Huisartsencoöperatie Delta Eerstelijn', 'huisartsen', 'Huisartsencoöperatie', 'Regio Maasdelta', ['Delta Eerstelijn'], 'transfer'],
  ['schelpenhoek', 'Huisartsenpraktijk Schelpenhoek', 'huisartsen', 'Huisartsenzorg', 'Zuidpolder', ['Schelpenhoek'], 'kinder'],
  ['dijkzicht', 'Praktijk Dijkzicht', 'huisartsen', 'Huisartsenzorg', 'Zuidpolder', ['Dijkzicht'], 'geriatrie'],
  ['brielwaard-centrum', 'Huisartsen Brielwaard-Centrum', 'huisartsen', 'Huisartsenzorg', 'Brielwaard', ['Brielwaard-Centrum'], 'transfer'],
  ['wt-maasmonde-noord', 'Wijkteam Maasmonde-Noord', 'wijkteam', 'Sociaal wijkteam', 'Maasmonde', ['Wijkteam Noord'], 'geriatrie'],
  ['wt-maasmonde-zuid', 'Wijkteam Maasmonde-Zuid', 'wijkteam', 'Sociaal wijkteam', 'Maasmonde', ['Wijkteam Zuid'], 'kinder'],
  ['st-oudeveer', 'Sociaal Team Oudeveer', 'wijkteam', 'Sociaal wijkteam', 'Oudeveer', ['Sociaal Team'], 'geriatrie'],
  ['wt-brielwaard', 'Wijkteam Brielwaard', 'wijkteam', 'Sociaal wijkteam', 'Brielwaard', ['WT Brielwaard'], 'kinder'],
  ['bt-zuidpolder', 'Buurtteam Zuidpolder', 'wijkteam', 'Buurtteam', 'Zuidpolder', ['Buurtteam'], 'kinder'],
  ['welzijn-delta', 'Welzijn Delta', 'wijkteam', 'Welzijn en mantelzorgondersteuning', 'Regio Maasdelta', ['Mantelzorgpunt Delta'], 'geriatrie'],
  ['kompas', 'Stichting Kompas Jeugdhulp', 'jeugdzorg', 'Jeugdhulp', 'Regio Maasdelta', ['Kompas Jeugdhulp', 'Kompas'], 'kinder'],
  ['jb-delta', 'Jeugdbescherming Delta', 'jeugdzorg', 'Jeugdbescherming', 'Regio Maasdelta', ['JB Delta'], 'kinder'],
  ['cjg-maasmonde', 'Centrum voor Jeugd en Gezin Maasmonde', 'jeugdzorg', 'Jeugdgezondheidszorg', 'Maasmonde', ['CJG Maasmonde', 'CJG'], 'kinder'],
  ['de-vlieger', 'Kinderthuiszorg De Vlieger', 'jeugdzorg', 'Kinderthuiszorg', 'Regio Maasdelta', ['De Vlieger'], 'kinder'],
  ['getij', 'Pleegzorg Getij', 'jeugdzorg', 'Pleegzorg', 'Regio Maasdelta', ['Getij'], 'kinder'],
  ['de-bolder', 'Orthopedagogisch Centrum De Bolder', 'jeugdzorg', 'Jeugd- en gehandicaptenzorg', 'Oudeveer', ['De Bolder'], 'kinder'],
  ['kinderhospice', 'Kinderhospice Het Zeepaardje', 'jeugdzorg', 'Kinderpalliatieve zorg', 'Zuidpolder', ['Het Zeepaardje', 'Zeepaardje'], 'kinder'],
  ['mantelzorg-jong', 'Jonge Mantelzorgers Maasdelta', 'jeugdzorg', 'Ondersteuning jonge mantelzorgers', 'Regio Maasdelta', ['Jonge Mantelzorgers'], 'kinder'],
];

export const DEMO_PARTNERS: DemoPartner[] = PARTNER_ROWS.map(([key, name, categoryKey, sector, region, aliases, teamKey], i) => ({
  key,
  name,
  categoryKey,
  sector,
  region,
  aliases,
  // A sociale-kaart style register id, so re-imports can match on it.
  externalId: `SK-MD-${String(i + 1).padStart(3, '0')}`,
  teamKey,
}));
