// The register's import rules without a database: per-row outcome, near-duplicates,
// rubrieken resolved in place, a teamleider leading their team, the team channel column.
import { describe, expect, it } from 'vitest';
import { planImport, type RegisterSnapshot } from '../../src/register/import-plan.ts';
import { findNearDuplicate } from '../../src/register/near-duplicates.ts';

const empty: RegisterSnapshot = { categories: [], partners: [], contacts: [], staff: [], teams: [], assignments: [] };
const headerOf = (field: string) => field;
const partner = (id: string, name: string, region: string | null = null) => ({ id, name, externalId: null, aliases: [], categoryId: 'c1', sector: null, region });

describe('planImport', () => {
  it('marks each partner row new, changed, unchanged or error, with the changed columns', () => {
    const snap: RegisterSnapshot = { ...empty, categories: [{ id: 'c1', name: 'Ziekenhuis' }], partners: [partner('p1', 'Spaarne Gasthuis', 'Haarlem'), partner('p2', 'Dijklander', 'Hoorn')] };
    const plan = planImport(
      { kind: 'partners', rows: [
        { row: 2, record: { name: 'Spaarne Gasthuis', category: 'Ziekenhuis', region: 'Haarlem' } },
        { row: 3, record: { name: 'Dijklander', category: 'ziekenhuis', region: 'Purmerend' } },
        { row: 4, record: { name: 'Amstelland', category: 'Ziekenhuis' } },
        { row: 5, record: { name: 'Kompas', category: 'VVT' } },
      ] },
      snap,
      { headerOf },
    );
    expect(plan.rows.map((r) => [r.row, r.status, r.changes])).toEqual([[2, 'unchanged', []], [3, 'changed', ['region']], [4, 'new', []], [5, 'error', []]]);
    expect(plan.rows[3]!.problems[0]!.message).toMatch(/^onbekende rubriek 'VVT'\. Bekend: Ziekenhuis\. .*importwizard/);
    expect(plan.unknownCategories).toEqual(['VVT']);
  });

  it('creates an unknown rubriek once when the admin resolved it, or maps it to an existing one', () => {
    const rows = [{ row: 2, record: { name: 'A', category: 'Ziekenhuis' } }, { row: 3, record: { name: 'B', category: 'ziekenhuis ' } }];
    const created = planImport({ kind: 'partners', rows }, empty, { headerOf, categoryResolutions: { ziekenhuis: { action: 'create', idealIntervalDays: 42, maxIntervalDays: 91 } } });
    expect(created.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(created.ops.filter((o) => o.op === 'createCategory')).toEqual([{ op: 'createCategory', key: 'category:ziekenhuis', name: 'Ziekenhuis', idealIntervalDays: 42, maxIntervalDays: 91 }]);
    const mapped = planImport({ kind: 'partners', rows }, { ...empty, categories: [{ id: 'c9', name: 'Zorg' }] }, { headerOf, categoryResolutions: { ziekenhuis: { action: 'map', categoryId: 'c9' } } });
    expect(mapped.ops.map((o) => (o.op === 'createPartner' ? o.category : o.op))).toEqual([{ id: 'c9' }, { id: 'c9' }]);
  });

  it('warns about near-duplicates in the register and within the file, without refusing them', () => {
    const snap: RegisterSnapshot = { ...empty, partners: [partner('p1', 'Sint Antonius Ziekenhuis', 'Nieuwegein')] };
    const plan = planImport(
      { kind: 'partners', rows: [
        { row: 2, record: { name: 'St. Antonius ziekenhuis', region: 'Nieuwegein' } },
        { row: 3, record: { name: 'Rode Kruis Ziekenhuis', region: 'Beverwijk' } },
        { row: 4, record: { name: 'Rode Kruisziekenhuis', region: 'Beverwijk' } },
      ] },
      snap,
      { headerOf },
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    expect(plan.rows[0]!.warnings).toEqual([expect.stringContaining("lijkt op partner 'Sint Antonius Ziekenhuis' (Nieuwegein)")]);
    expect(plan.rows[2]!.warnings).toEqual([expect.stringContaining("lijkt op 'Rode Kruis Ziekenhuis' in rij 3")]);
  });

  it('makes a teamleider lead of their team, gives a new team the channel of the column, and refuses a channel for two teams', () => {
    const plan = planImport(
      { kind: 'staff', rows: [
        { row: 2, record: { name: 'Fleur', email: 'fleur@x.nl', role: 'lead', teams: ['Team Noord'], teamChannel: '#local:noord' } },
        { row: 3, record: { name: 'Jeroen', email: 'jeroen@x.nl', role: 'staff', teams: ['Team Noord'] } },
        { row: 4, record: { name: 'Sem', email: 'sem@x.nl', teams: ['Team Noord', 'Team Zuid'], teamChannel: 'local:zuid' } },
      ] },
      empty,
      { headerOf },
    );
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'error']);
    expect(plan.rows[2]!.problems[0]).toEqual({ row: 4, column: 'teamChannel', message: expect.stringContaining('precies één team') });
    expect(plan.ops.filter((o) => o.op === 'createTeam')).toEqual([{ op: 'createTeam', key: 'team:team noord', name: 'Team Noord', channelRef: 'local:noord' }]);
    expect(plan.ops.filter((o) => o.op === 'addMember').map((o) => o.op === 'addMember' && o.isLead)).toEqual([true, false]);
  });

  it('promotes an existing member to lead when the file says teamleider, and counts that as changed', () => {
    const snap: RegisterSnapshot = {
      ...empty,
      teams: [{ id: 't1', name: 'Team Noord', channelRef: null }],
      staff: [{ id: 's1', name: 'Fleur', email: 'fleur@x.nl', externalId: null, role: 'staff', expertise: [], memberships: [{ teamId: 't1', isLead: false }] }],
    };
    const plan = planImport({ kind: 'staff', rows: [{ row: 2, record: { name: 'Fleur', email: 'fleur@x.nl', role: 'lead', teams: ['team noord'] } }] }, snap, { headerOf });
    expect(plan.rows[0]!.status).toBe('changed');
    expect(plan.ops).toEqual([{ op: 'updateStaff', id: 's1', data: { role: 'lead' } }, { op: 'makeLead', staffId: 's1', teamId: 't1' }]);
  });
});

describe('findNearDuplicate', () => {
  it('finds another spelling in the same town, not a different town or the same name', () => {
    const list = [{ name: 'Zorggroep Noord', region: 'Leiden' }];
    expect(findNearDuplicate('Zorgroep Noord', 'Leiden', list)).toBe(list[0]);
    expect(findNearDuplicate('Zorgroep Noord', 'Delft', list)).toBeUndefined();
    expect(findNearDuplicate('zorggroep noord', 'Leiden', list)).toBeUndefined();
    expect(findNearDuplicate('Stichting Zorggroep Noord', 'Delft', list)).toBe(list[0]);
    expect(findNearDuplicate('Buurtzorg Zuid', 'Leiden', list)).toBeUndefined();
  });
});
