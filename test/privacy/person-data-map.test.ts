// The privacy map against prisma/schema.prisma: a model that points at a staff member
// or a partner contact person, or a new text column, fails here until the export and
// the erase know about it (src/privacy/person-data-map.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTACT_DATA, FREE_TEXT_COLUMNS, OTHER_TEXT_COLUMNS, STAFF_DATA } from '../../src/privacy/person-data-map.ts';

interface Field { name: string; type: string; line: string }

function readModels(): Map<string, Field[]> {
  const schema = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8');
  const models = new Map<string, Field[]>();
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = m[2]!.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//') && !l.startsWith('@@'))
      .map((line) => {
        const [name, type] = line.split(/\s+/);
        return { name: name!, type: (type ?? '').replace(/[?[\]]/g, ''), line };
      });
    models.set(m[1]!, fields);
  }
  return models;
}

/** The model a person's row belongs to (its list of people is no data about one person). */
const OWNER: Record<string, string> = { Staff: 'Organisation', PartnerContact: 'Partner' };

/** Models with a relation to `target`, or a column that holds its id. */
function modelsPointingAt(models: Map<string, Field[]>, target: string, idColumn: RegExp): string[] {
  return [...models]
    .filter(([name, fields]) => name !== target && name !== OWNER[target] && fields.some((f) => f.type === target || idColumn.test(f.name)))
    .map(([name]) => name);
}

describe('privacy map covers the schema', () => {
  const models = readModels();

  it('parses the schema (guards the parser itself)', () => {
    expect(models.get('Staff')?.map((f) => f.name)).toEqual(expect.arrayContaining(['email', 'identities', 'dashboardSessions']));
    expect(modelsPointingAt(models, 'Staff', /staffId$/i)).toEqual(expect.arrayContaining(['AuditEvent', 'ContactMoment', 'MagicLink']));
  });

  it('every model that points at a staff member is exported and erased', () => {
    const missing = modelsPointingAt(models, 'Staff', /staffId$/i).filter((m) => !(m in STAFF_DATA));
    expect(missing, 'add these models to STAFF_DATA and to privacy-export / privacy-erase').toEqual([]);
  });

  it('every model that points at a partner contact person is exported and erased', () => {
    const missing = modelsPointingAt(models, 'PartnerContact', /partnerContactId$/i).filter((m) => !(m in CONTACT_DATA));
    expect(missing).toEqual([]);
  });

  it('names only models and columns that exist', () => {
    for (const m of [...Object.keys(STAFF_DATA), ...Object.keys(CONTACT_DATA)]) expect(models.has(m), m).toBe(true);
    for (const [m, cols] of [...Object.entries(FREE_TEXT_COLUMNS), ...Object.entries(OTHER_TEXT_COLUMNS)]) {
      for (const c of cols) expect(models.get(m)?.some((f) => f.name === c), `${m}.${c}`).toBe(true);
    }
  });

  it('classifies every text column as free text (scrubbed on erase) or register/technical', () => {
    const unclassified: string[] = [];
    for (const [model, fields] of models) {
      for (const f of fields) {
        if (!['String', 'Json'].includes(f.type) || f.line.includes('@db.Uuid')) continue;
        const inFree = FREE_TEXT_COLUMNS[model]?.includes(f.name) ?? false;
        const inOther = OTHER_TEXT_COLUMNS[model]?.includes(f.name) ?? false;
        if (inFree === inOther) unclassified.push(`${model}.${f.name}`);
      }
    }
    expect(unclassified, 'classify in src/privacy/person-data-map.ts').toEqual([]);
  });
});
