// Installing the Teams app, over real HTTP on an EMPTY database: the first install
// (installationUpdate, personal) sets the organisation up with the installer as
// functioneel beheerder and welcomes them with the next steps; a team install
// (installationUpdate and conversationUpdate both arrive) is welcomed once; someone
// not in the register gets a welcome naming the admin, not a refusal; another
// tenant gets the polite refusal and nothing is written for it.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../support/test-database.ts';
import { fixture, startTeams, TENANT, TRANSFER_CHANNEL } from './start-teams.ts';

const MARIEKE = { id: '29:1Xk2Gq9Z-mariekevdlinden', aadObjectId: 'aad-marieke', name: 'Marieke van der Linden', email: 'marieke@maasdelta.example', userPrincipalName: 'marieke@maasdelta.example' };
const JOOST = { id: '29:1Joost', aadObjectId: 'aad-joost', name: 'Joost Bakker', email: 'joost@maasdelta.example', userPrincipalName: 'joost@maasdelta.example' };

let t: Awaited<ReturnType<typeof startTeams>>;
const bodiesIn = (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId).map((c) => JSON.stringify(c.body));

beforeAll(async () => {
  t = await startTeams({ now: new Date('2026-11-22T10:00:00Z'), db: await openTestDatabase('pglite') });
  t.connector.setRoster('a:1MariekeChat-personal', [MARIEKE]);
  t.connector.setRoster(TRANSFER_CHANNEL, [MARIEKE, JOOST]);
  t.connector.setRoster('a:1JoostChat-personal', [JOOST]);
}, 120_000);
afterAll(async () => t?.stop());

describe('Teams install', () => {
  it('the first install on an empty database makes the tenant the organisation and the installer its admin', async () => {
    expect(await t.db.prisma.organisation.count()).toBe(0);
    expect((await t.post(fixture('installation-update.personal-add'))).status).toBe(200);
    const org = await t.db.prisma.organisation.findFirstOrThrow();
    expect([org.platform, org.externalId, org.language]).toEqual(['teams', TENANT, 'nl']);
    const admin = await t.db.prisma.staff.findFirstOrThrow({ include: { identities: true } });
    expect(admin).toMatchObject({ organisationId: org.id, name: 'Marieke van der Linden', email: 'marieke@maasdelta.example', role: 'admin' });
    expect(admin.identities).toMatchObject([{ platform: 'teams', platformOrgId: TENANT, platformUserId: 'aad-marieke' }]);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'organisation.claimed_on_install' } })).toBe(1);
    const welcome = bodiesIn('a:1MariekeChat-personal');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain('functioneel beheerder');
    expect(welcome[0]).toContain('dashboard');
  });

  it('a team install arrives twice (installationUpdate, conversationUpdate) and is welcomed once, in the channel', async () => {
    t.connector.reset();
    expect((await t.post(fixture('installation-update.team-add'))).status).toBe(200);
    expect((await t.post(fixture('conversation-update.install'))).status).toBe(200);
    const welcome = bodiesIn(TRANSFER_CHANNEL);
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain('Welkom bij RRO-bot, Marieke van der Linden');
    expect(await t.runtime.conversationRefs.get('teams', `channel:${TRANSFER_CHANNEL}`)).toMatchObject({ conversationId: TRANSFER_CHANNEL });
  });

  it('someone not in the register who installs it personally is welcomed and told who the admin is', async () => {
    t.connector.reset();
    const joost = { ...fixture('installation-update.personal-add'), id: 'f:install-joost', from: { id: JOOST.id, aadObjectId: JOOST.aadObjectId }, conversation: { conversationType: 'personal', tenantId: TENANT, id: 'a:1JoostChat-personal' } };
    expect((await t.post(joost)).status).toBe(200);
    const welcome = bodiesIn('a:1JoostChat-personal');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain('Ik ben RRO-bot');
    expect(welcome[0]).toContain('Marieke van der Linden');
    expect(await t.db.prisma.staff.count()).toBe(1);
  });

  it('an install from another tenant gets the polite refusal; nothing is written for it', async () => {
    t.connector.reset();
    const other = {
      ...fixture('installation-update.personal-add'),
      id: 'f:install-other-tenant',
      conversation: { conversationType: 'personal', tenantId: 'tenant-elders', id: 'a:1ElsewhereChat-personal' },
      channelData: { tenant: { id: 'tenant-elders' } },
    };
    expect((await t.post(other)).status).toBe(200);
    expect(bodiesIn('a:1ElsewhereChat-personal').join()).toContain('nog niet aan RRO-bot gekoppeld');
    expect(await t.db.prisma.organisation.count()).toBe(1);
    expect(await t.db.prisma.staff.count()).toBe(1);
  });

  it('an uninstall (installationUpdate remove) says nothing', async () => {
    t.connector.reset();
    const removed = { ...fixture('installation-update.personal-add'), id: 'f:uninstall', action: 'remove' };
    expect((await t.post(removed)).status).toBe(200);
    expect(t.connector.sent()).toEqual([]);
  });
});
