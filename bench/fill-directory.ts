// Adds what the directory searches to a register filled by fill-register.ts:
// expertise tags, profile texts and werkt-ook-voor for staff, readable partner
// names (kind + place, some with accents), and contact persons with expertise.
// All INSERT/UPDATE … FROM generate_series, deterministic per row number.
import type { SqlSession } from '../src/store/sql-session.ts';

export const TOPICS = [
  'pleegzorg', 'jeugdzorg', 'ouderenzorg', 'dementie', 'palliatieve zorg', 'wijkverpleging', 'mantelzorg', 'schuldhulp',
  'verslavingszorg', 'GGZ', 'Wmo', 'Wlz-indicaties', 'geriatrische revalidatie', 'diabetes', 'COPD', 'hartfalen', 'wondzorg',
  'medicatieoverdracht', 'ontslagmanagement', 'eerstelijnsverblijf', 'casemanagement', 'valpreventie', 'huiselijk geweld',
  'kindermishandeling', 'Veilig Thuis', 'beschermd wonen', 'dagbesteding', 'logeeropvang', 'respijtzorg', 'thuiszorg',
  'fysiotherapie', 'ergotherapie', 'logopedie', 'diëtetiek', 'psychiatrie', 'crisisdienst', 'spoedeisende hulp',
  'ambulancezorg', 'kraamzorg', 'geboortezorg', 'jeugdgezondheidszorg', 'armoede', 'eenzaamheid', 'laaggeletterdheid',
  'statushouders', 'zorgtechnologie', 'e-health', 'leefstijl', 'obesitas', 'preventie', 'regiobeeld', 'inkoop',
  'contractering', 'cliëntondersteuning', 'coördinatie van zorg', 'reïntegratie', 'participatie', 'Arabisch', 'Turks', 'Pools',
];
export const PLACES = [
  'Maasdelta', 'Rotterdam', 'Schiedam', 'Vlaardingen', 'Maassluis', 'Capelle', 'Barendrecht', 'Ridderkerk', 'Spijkenisse',
  'Hellevoetsluis', 'Brielle', 'Zwijndrecht', 'Dordrecht', 'Gorinchem', 'Gouda', 'Delft', 'Den Haag', 'Leiden', 'Zoetermeer',
  'Westland', 'Lansingerland', 'Krimpen', 'Albrandswaard', 'Nissewaard', 'Goeree', 'Voorne', 'Hoeksche Waard', 'Papendrecht',
  'Sliedrecht', 'Alblasserdam', "Sint-Oedenrode", 'Zundert', 'Bergen op Zoom', 'Roosendaal', 'Breda', 'Tilburg', 'Eindhoven',
  'Helmond', 'Veldhoven', 'Nuenen', 'Oisterwijk', "'s-Hertogenbosch", 'Oss', 'Uden', 'Veghel', 'Boxtel', 'Best', 'Son',
  'Geldrop', 'Mierlo', 'Heeze', 'Leende', 'Valkenswaard', 'Waalre', 'Bergeijk', 'Reusel', 'Bladel', 'Eersel', 'Oirschot',
];
export const KINDS = [
  'GGD', 'Gemeente', 'Huisartsenpraktijk', 'Wijkteam', 'Zorggroep', 'Stichting Welzijn', 'Thuiszorg', 'Verpleeghuis',
  'Jeugdzorg', 'GGZ', 'Apotheek', 'Fysiotherapie', 'Máxima Zorg', 'Coöperatie Zorg', 'Sociaal team', 'Hospice',
];

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[]`;

export async function fillDirectory(session: SqlSession, contactPersons: number): Promise<void> {
  const topics = arr(TOPICS);
  const n = TOPICS.length;
  // 1–3 tags per person, spread by prime strides; every fifth writes a line about themselves,
  // every tenth also works for a network organisation.
  await session.exec(`
    UPDATE "Staff" s SET expertise = t.tags, about = t.about, "worksAlsoFor" = t.works
    FROM (SELECT id, ARRAY(SELECT DISTINCT (${topics})[1 + ((k * 7 + j * 13) % ${n})] FROM generate_series(0, k % 3) j) AS tags,
                 CASE WHEN k % 5 = 0 THEN 'Bel me over ' || (${topics})[1 + ((k * 11) % ${n})] || ' en samenwerking in de wijk' END AS about,
                 CASE WHEN k % 10 = 0 THEN ARRAY['Stichting ' || (${topics})[1 + ((k * 3) % ${n})] || ' Rijnmond'] ELSE ARRAY[]::text[] END AS works
          FROM (SELECT id, ('x' || substr(md5(id::text), 1, 5))::bit(20)::int AS k FROM "Staff") x) t
    WHERE s.id = t.id`);
  await session.exec(`
    UPDATE "Partner" p SET name = (${arr(KINDS)})[1 + k % ${KINDS.length}] || ' ' || (${arr(PLACES)})[1 + (k / ${KINDS.length}) % ${PLACES.length}] || ' ' || k
    FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS k FROM "Partner") x WHERE p.id = x.id`);
  await session.query(`
    INSERT INTO "PartnerContact" ("partnerId", name, level, "jobTitle", email, phone, expertise)
    SELECT md5('p' || (i % (SELECT count(*) FROM "Partner")::int))::uuid, 'Contactpersoon ' || i,
           (ARRAY['operationeel','tactisch','strategisch']::"Level"[])[1 + i % 3], 'functie ' || (i % 40),
           'c' || i || '@partner.test', '010-' || lpad((i % 10000000)::text, 7, '0'),
           ARRAY[(${topics})[1 + ((i * 17) % ${n})]]
    FROM generate_series(0, $1::int - 1) i`, [contactPersons]);
  await session.exec('VACUUM ANALYZE "Staff", "Partner", "PartnerContact"');
}

/** 200 varied queries: topics as typed (with and without accents, typos, casing) and partner names. */
export function directoryQueries(count = 200): string[] {
  // Two neighbouring letters swapped, the commonest typo.
  const typo = (s: string, i: number) => {
    if (s.length < 6) return s;
    const p = 2 + (i % (s.length - 3));
    return s.slice(0, p) + s[p + 1]! + s[p]! + s.slice(p + 2);
  };
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    const place = PLACES[(i * 5) % PLACES.length]!;
    const kind = KINDS[(i * 3) % KINDS.length]!;
    switch (i % 5) {
      case 0: out.push(topic); break;
      case 1: out.push(plain(topic).toLowerCase()); break;
      case 2: out.push(typo(topic, i)); break;
      case 3: out.push(`${plain(kind)} ${place}`); break;
      default: out.push(place.toUpperCase()); break;
    }
  }
  return out;
}
