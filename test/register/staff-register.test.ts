import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addTeamMember } from '../../src/register/add-team-member.ts';
import { isAway } from '../../src/domain/is-away.ts';
import { linkStaffIdentity } from '../../src/register/link-staff-identity.ts';
import type { StaffStore } from '../../src/register/register-ports.ts';
import { removeTeamMember } from '../../src/register/remove-team-member.ts';
import { saveStaff } from '../../src/register/save-staff.ts';
import { saveTeam } from '../../src/register/save-team.ts';
import type { Database } from '../../src/store/database.ts';
import { createStaffStore } from '../../src/store/staff-store.ts';
import { code, failure } from '../support/domain-failure.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

describe('isAway', () => {
  it('is inclusive of the awayUntil day and false without one', () => {
    expect(isAway({ awayUntil: '2026-07-31' }, '2026-07-30')).toBe(true);
    expect(isAway({ awayUntil: '2026-07-31' }, '2026-07-31')).toBe(true);
    expect(isAway({ awayUntil: '2026-07-31' }, '2026-08-01')).toBe(false);
    expect(isAway({ awayUntil: null }, '2026-07-30')).toBe(false);
  });
});

describe.each(testDbKinds())('staff and teams (%s)', (kind) => {
  let db: Database;
  let store: StaffStore;
  let org: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    store = createStaffStore(db.prisma);
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    org = (await db.prisma.organisation.create({ data: { name: 'Zorggroep Test', externalId: crypto.randomUUID() } })).id;
  });


  describe('staff', () => {
    it('creates with role, expertise and awayUntil, and round-trips the away day', async () => {
      const s = await saveStaff(store, {
        organisationId: org, name: 'Sanne Jansen', email: ' Sanne.Jansen@Zorg.NL ', role: 'lead',
        expertise: ['GGZ', 'ggz', 'jeugd'], awayUntil: '2026-07-31',
      });
      expect(s).toMatchObject({ email: 'sanne.jansen@zorg.nl', role: 'lead', expertise: ['GGZ', 'jeugd'], awayUntil: '2026-07-31' });
      expect(await store.findStaff(s.id)).toEqual(s);
      expect(isAway(s, '2026-07-31')).toBe(true);
      const back = await saveStaff(store, { organisationId: org, id: s.id, awayUntil: null });
      expect(back).toMatchObject({ awayUntil: null, role: 'lead', name: 'Sanne Jansen' });
    });

    it('keeps e-mail unique per organisation regardless of capitals', async () => {
      const a = await saveStaff(store, { organisationId: org, name: 'A', email: 'a@zorg.nl' });
      const b = await saveStaff(store, { organisationId: org, name: 'B', email: 'b@zorg.nl' });
      const err = await failure(saveStaff(store, { organisationId: org, name: 'A2', email: 'A@Zorg.nl' }));
      expect(err.code).toBe('staff_duplicate');
      expect(err.message).toMatch(/hoort al bij A\b/);
      expect(await code(saveStaff(store, { organisationId: org, id: b.id, email: 'a@zorg.nl' }))).toBe('staff_duplicate');
      expect(await code(saveStaff(store, { organisationId: org, id: a.id, email: 'A@zorg.nl' }))).toBe('ok');
      // Another organisation may use the same address.
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      expect(await code(saveStaff(store, { organisationId: otherOrg, name: 'A', email: 'a@zorg.nl' }))).toBe('ok');
      expect(await db.prisma.staff.count({ where: { organisationId: org } })).toBe(2);
    });

    it('finds staff by e-mail case-insensitively, also when stored with capitals', async () => {
      await db.prisma.staff.create({ data: { organisationId: org, name: 'Import', email: 'Piet@Zorg.nl' } });
      expect((await store.findStaffByEmail(org, 'piet@ZORG.nl'))?.name).toBe('Import');
      expect(await store.findStaffByEmail(org, 'niemand@zorg.nl')).toBeNull();
    });

    it('rejects a bad role, date and e-mail in Dutch and writes nothing', async () => {
      const err = await failure(saveStaff(store, {
        organisationId: org, name: 'X', role: 'baas' as 'staff', awayUntil: '31-07-2026', email: 'geen-adres',
      }));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toMatch(/rol moet staff, lead, manager of admin zijn/);
      expect(err.message).toMatch(/datum moet de vorm JJJJ-MM-DD hebben/);
      expect(err.message).toMatch(/e-mailadres is ongeldig/);
      expect(await db.prisma.staff.count({ where: { organisationId: org } })).toBe(0);
    });
  });

  describe('platform identities', () => {
    it('links an identity, finds the staff by it, and refuses to move it to someone else', async () => {
      const s = await saveStaff(store, { organisationId: org, name: 'Sanne' });
      const t = await saveStaff(store, { organisationId: org, name: 'Tom' });
      const key = { platform: 'slack' as const, platformOrgId: 'T123', platformUserId: 'U999' };
      await linkStaffIdentity(store, { organisationId: org, staffId: s.id, ...key });
      await linkStaffIdentity(store, { organisationId: org, staffId: s.id, ...key }); // idempotent
      expect((await store.findStaffByIdentity(key))?.id).toBe(s.id);
      expect(await store.findStaffByIdentity({ ...key, platformOrgId: 'T124' })).toBeNull();
      const err = await failure(linkStaffIdentity(store, { organisationId: org, staffId: t.id, ...key }));
      expect(err.code).toBe('identity_taken');
      expect(err.message).toMatch(/al gekoppeld aan Sanne/);
      expect(await db.prisma.staffIdentity.count()).toBe(1);
    });

    it('rejects an unknown platform and staff of another organisation', async () => {
      const s = await saveStaff(store, { organisationId: org, name: 'Sanne' });
      expect(await code(linkStaffIdentity(store, { organisationId: org, staffId: s.id, platform: 'irc' as 'slack', platformUserId: 'x' }))).toBe('invalid_input');
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      expect(await code(linkStaffIdentity(store, { organisationId: otherOrg, staffId: s.id, platform: 'teams', platformUserId: 'x' }))).toBe('staff_not_found');
    });
  });

  describe('teams', () => {
    it('creates with defaults, updates the schedule, and rejects bad times and zones', async () => {
      const team = await saveTeam(store, { organisationId: org, name: 'Team Noord', channelRef: 'C01' });
      expect(team).toMatchObject({ timezone: 'Europe/Amsterdam', language: 'nl', checkinWeekday: 1, checkinTime: '09:00', nudgesEnabled: true });
      const changed = await saveTeam(store, {
        organisationId: org, id: team.id, checkinWeekday: 2, checkinTime: '08:30', celebrationChannelRef: 'C02', language: 'en', nudgesEnabled: false,
      });
      expect(changed).toMatchObject({ name: 'Team Noord', channelRef: 'C01', celebrationChannelRef: 'C02', checkinWeekday: 2, checkinTime: '08:30', language: 'en', nudgesEnabled: false });
      const err = await failure(saveTeam(store, { organisationId: org, id: team.id, checkinTime: '9u', timezone: 'Mars/Olympus', agendaWeekday: 8 }));
      expect(err.message).toMatch(/tijd van de check-in moet een tijd als 09:00 zijn/);
      expect(err.message).toMatch(/tijdzone onbekend/);
      expect(err.message).toMatch(/1 \(maandag\) t\/m 7 \(zondag\)/);
      expect((await store.findTeam(team.id))?.checkinTime).toBe('08:30');
    });

    it('rejects a duplicate team name regardless of capitals', async () => {
      await saveTeam(store, { organisationId: org, name: 'Team Noord' });
      expect(await code(saveTeam(store, { organisationId: org, name: 'team noord' }))).toBe('team_duplicate');
    });

    it('adds, marks lead, lists and removes members', async () => {
      const noord = await saveTeam(store, { organisationId: org, name: 'Noord' });
      const zuid = await saveTeam(store, { organisationId: org, name: 'Zuid' });
      const lead = await saveStaff(store, { organisationId: org, name: 'Zeynep', role: 'lead' });
      const member = await saveStaff(store, { organisationId: org, name: 'Anna' });
      await addTeamMember(store, { organisationId: org, teamId: noord.id, staffId: member.id });
      await addTeamMember(store, { organisationId: org, teamId: noord.id, staffId: lead.id });
      await addTeamMember(store, { organisationId: org, teamId: noord.id, staffId: lead.id, isLead: true });
      await addTeamMember(store, { organisationId: org, teamId: zuid.id, staffId: lead.id });
      expect((await store.listTeamMembers(noord.id)).map((m) => [m.staff.name, m.isLead])).toEqual([['Zeynep', true], ['Anna', false]]);
      expect((await store.listTeamsOfStaff(lead.id)).map((t) => t.name)).toEqual(['Noord', 'Zuid']);
      expect(await removeTeamMember(store, { organisationId: org, teamId: noord.id, staffId: lead.id })).toBe(true);
      expect(await removeTeamMember(store, { organisationId: org, teamId: noord.id, staffId: lead.id })).toBe(false);
      expect((await store.listTeamsOfStaff(lead.id)).map((t) => t.name)).toEqual(['Zuid']);
    });

    it('refuses a member from another organisation', async () => {
      const team = await saveTeam(store, { organisationId: org, name: 'Noord' });
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      const stranger = await saveStaff(store, { organisationId: otherOrg, name: 'Vreemde' });
      expect(await code(addTeamMember(store, { organisationId: org, teamId: team.id, staffId: stranger.id }))).toBe('staff_not_found');
      expect(await store.listTeamMembers(team.id)).toEqual([]);
    });
  });
});
