// The people of Ziekenhuis Maasdelta: three teams with a lead each, a director who
// owns strategic relationships, and a functional admin. All names are fictional.
import type { Role } from '../core/register-types.ts';
import type { DemoTeam } from './demo-types.ts';

export const DEMO_ORGANISATION_NAME = 'Ziekenhuis Maasdelta';
export const DEMO_EMAIL_DOMAIN = 'maasdelta.example';
export const DEMO_CELEBRATION_CHANNEL = 'local:successen';

export const DEMO_TEAMS: DemoTeam[] = [
  { key: 'transfer', name: 'Transferpunt', channelRef: 'local:team-transferpunt', celebrationChannelRef: DEMO_CELEBRATION_CHANNEL },
  { key: 'geriatrie', name: 'Geriatrie', channelRef: 'local:team-geriatrie', celebrationChannelRef: DEMO_CELEBRATION_CHANNEL },
  { key: 'kinder', name: 'Kindergeneeskunde', channelRef: 'local:team-kindergeneeskunde', celebrationChannelRef: DEMO_CELEBRATION_CHANNEL },
];

export interface DemoPerson {
  name: string;
  jobTitle: string;
  role: Role;
  /** Team key; null for people outside the teams (director, admin). */
  teamKey: string | null;
  expertise: string[];
  /** Away until next week (holiday), so the demo shows how absence is handled. */
  away?: boolean;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { name: 'Marieke van der Linden', jobTitle: 'Teamleider Transferpunt', role: 'lead', teamKey: 'transfer', expertise: ['ketenzorg', 'ontslagmanagement', 'Wlz-indicaties'] },
  { name: 'Sanne de Graaf', jobTitle: 'Transferverpleegkundige', role: 'staff', teamKey: 'transfer', expertise: ['eerstelijnsverblijf', 'wijkverpleging'] },
  { name: 'Youssef El Amrani', jobTitle: 'Transferverpleegkundige', role: 'staff', teamKey: 'transfer', expertise: ['geriatrische revalidatie', 'Arabisch en Tamazight'] },
  { name: 'Ingrid Bosman', jobTitle: 'Medisch maatschappelijk werker', role: 'staff', teamKey: 'transfer', expertise: ['Wmo', 'schuldhulp', 'mantelzorg'] },
  { name: 'Thijs Verhoeven', jobTitle: 'Transferverpleegkundige', role: 'staff', teamKey: 'transfer', expertise: ['palliatieve zorg', 'hospice'] },
  { name: 'Fatma Yılmaz', jobTitle: 'Transferverpleegkundige', role: 'staff', teamKey: 'transfer', expertise: ['verslavingszorg', 'Turks'] },
  { name: 'Joost Kuipers', jobTitle: 'Zorgcoördinator ketenzorg', role: 'staff', teamKey: 'transfer', expertise: ['huisartsen', 'medicatieoverdracht'] },
  { name: 'Hanneke Smit', jobTitle: 'Klinisch geriater', role: 'lead', teamKey: 'geriatrie', expertise: ['delier', 'polyfarmacie', 'valpreventie'] },
  { name: 'Ruud Brouwer', jobTitle: 'Verpleegkundig specialist geriatrie', role: 'staff', teamKey: 'geriatrie', expertise: ['delier', 'ouderenpsychiatrie'] },
  { name: 'Esther Mulder', jobTitle: 'Geriatrieverpleegkundige', role: 'staff', teamKey: 'geriatrie', expertise: ['dementie', 'mantelzorg'] },
  { name: 'Priya Ramdin', jobTitle: 'Physician assistant geriatrie', role: 'staff', teamKey: 'geriatrie', expertise: ['valpreventie', 'huisartsen'] },
  { name: 'Lotte Hendriks', jobTitle: 'Casemanager dementie', role: 'staff', teamKey: 'geriatrie', expertise: ['dementie', 'sociaal domein'] },
  { name: 'Koen van Leeuwen', jobTitle: 'Ouderengeneeskundige', role: 'staff', teamKey: 'geriatrie', expertise: ['geriatrische revalidatie', 'advance care planning'] },
  { name: 'Charlotte Dekker', jobTitle: 'Kinderarts', role: 'lead', teamKey: 'kinder', expertise: ['sociale kindergeneeskunde', 'kindermishandeling'] },
  { name: 'Nadia Bakker', jobTitle: 'Kinderverpleegkundige', role: 'staff', teamKey: 'kinder', expertise: ['kinderthuiszorg', 'complexe zorg'] },
  { name: 'Mehmet Kaya', jobTitle: 'Medisch maatschappelijk werker', role: 'staff', teamKey: 'kinder', expertise: ['jeugdbescherming', 'Veilig Thuis'] },
  { name: 'Eva de Wit', jobTitle: 'Pedagogisch medewerker', role: 'staff', teamKey: 'kinder', expertise: ['jonge mantelzorgers', 'onderwijs'] },
  { name: 'Daan Visser', jobTitle: 'Verpleegkundig specialist kindergeneeskunde', role: 'staff', teamKey: 'kinder', expertise: ['kinderpalliatieve zorg', 'jeugd-ggz'] },
  { name: 'Noor Willems', jobTitle: 'Kinderverpleegkundige', role: 'staff', teamKey: 'kinder', expertise: ['pleegzorg', 'CJG'], away: true },
  { name: 'Gerard van Wijk', jobTitle: 'Directeur zorg', role: 'manager', teamKey: null, expertise: ['regionale samenwerking', 'IZA-transformatie'] },
  { name: 'Wouter Prins', jobTitle: 'Functioneel beheerder', role: 'admin', teamKey: null, expertise: ['sociale kaart', 'koppelingen'] },
];
