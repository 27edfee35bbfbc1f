// Installing the Teams app, over real HTTP on an EMPTY database: the first install
// (installationUpdate, personal) sets the organisation up with the installer as
// functioneel beheerder and lead of a first team, and welcomes them with the next steps
// as buttons (src/features/onboarding, audit 'organisation.installed'); a team install
// (installationUpdate and conversationUpdate both arrive) is welcomed once; someone
// not in the register gets a welcome naming the admin, not a refusal; another
// tenant gets the polite refusal and nothing is written for it. A first install that is
// a team install sets up the same, welcomed in the channel.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../support/test-database.ts';
import { fixture, startTeams, TENANT, TRANSFER_CHANNEL } from './start-teams.ts';

const MARIEKE = { id: '29:1Xk2Gq9Z-mariekevdlinden', aadObjectId: 'aad-marieke', name: 'Marieke van der Linden', email: 'marieke@maasdelta.example', userPrincipalName: 'marieke@maasdelta.example' };
const JOOST = { id: '29:1Joost', aadObjectId: 'aad-joost', name: 'Joost Bakker', email: 'joost@maasdelta.example', userPrincipalName: 'joost@maasdelta.example' };

let t: Awaited<ReturnType<typeof startTeams>>;
/** The card's Action.Execute buttons (verb and the value they carry), in order. */
const actionsIn = (node: unknown): { verb: string; value: unknown }[] => {
  if (Array.isArray(node)) return node.flatMap(actionsIn);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const here = o.type === 'Action.Execute' ? [{ verb: String(o.verb), value: (o.data as { value?: unknown } | undefined)?.value }] : [];
  return [...here, ...Object.values(o).flatMap(actionsIn)];
};
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
    // The first team, "Mijn team", with the installer as its lead.
    const team = await t.db.prisma.team.findFirstOrThrow({ include: { members: true } });
    expect(team).toMatchObject({ organisationId: org.id, name: 'Mijn team' });
    expect(team.members).toMatchObject([{ staffId: admin.id, isLead: true }]);
    expect(await t.db.prisma.auditEvent.findMany({ where: { action: 'organisation.installed' } })).toMatchObject([{ organisationId: org.id, actorStaffId: admin.id, subject: org.id }]);
    // The welcome reaches the installer's 1:1 chat, with the next steps as buttons for that team.
    const welcome = bodiesIn('a:1MariekeChat-personal');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain('Welkom bij RRO-bot, Marieke');
    expect(welcome[0]).toContain('functioneel beheerder');
    expect(actionsIn(JSON.parse(welcome[0]!))).toEqual(
      ['onboarding.open_import', 'settings.open_channels', 'settings.open_schedule', 'checkin.trial'].map((verb) => ({ verb, value: team.id })),
    );
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
    const auditBefore = await t.db.prisma.auditEvent.count();
    expect((await t.post(other)).status).toBe(200);
    expect(bodiesIn('a:1ElsewhereChat-personal').join()).toContain('nog niet aan RRO-bot gekoppeld');
    expect(await t.db.prisma.auditEvent.count()).toBe(auditBefore);
    expect(await t.db.prisma.team.count()).toBe(1);
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

describe('Teams install: the first install is a team install', () => {
  let u: Awaited<ReturnType<typeof startTeams>>;
  beforeAll(async () => {
    u = await startTeams({ now: new Date('2026-11-22T10:00:00Z'), db: await openTestDatabase('pglite') });
    u.connector.setRoster(TRANSFER_CHANNEL, [MARIEKE, JOOST]);
  }, 120_000);
  afterAll(async () => u?.stop());

  it('both activities of the team install set up one organisation with the installer as admin, welcomed once in the channel', async () => {
    expect((await u.post(fixture('installation-update.team-add'))).status).toBe(200);
    expect((await u.post(fixture('conversation-update.install'))).status).toBe(200);
    const org = await u.db.prisma.organisation.findFirstOrThrow();
    expect([org.platform, org.externalId]).toEqual(['teams', TENANT]);
    // The installer (from), named by the channel's roster; Joost is only a member of the Teams team.
    expect(await u.db.prisma.staff.findMany()).toMatchObject([{ name: 'Marieke van der Linden', email: 'marieke@maasdelta.example', role: 'admin' }]);
    const team = await u.db.prisma.team.findFirstOrThrow();
    expect(team.name).toBe('Mijn team');
    expect(await u.db.prisma.auditEvent.count({ where: { action: 'organisation.installed' } })).toBe(1);
    // Teams wants the welcome where the app was added: the channel, once for the two activities.
    const welcome = u.connector.sent().filter((c) => c.conversationId === TRANSFER_CHANNEL).map((c) => JSON.stringify(c.body));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain('Welkom bij RRO-bot, Marieke');
    expect(actionsIn(JSON.parse(welcome[0]!)).map((a) => a.verb)).toContain('onboarding.open_import');
  });
});
