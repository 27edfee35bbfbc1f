// Writes the demo organisation (src/demo) into the store: on first start when the
// database is empty, or on `demo --reset` after wiping every organisation's data.
// One transaction each, serialised by an advisory lock so two instances starting
// together load it once.
import { randomUUID } from 'node:crypto';
import { buildDemoOrganisation } from '../demo/demo-organisation.ts';
import { DEMO_ORGANISATION_NAME } from '../demo/demo-people.ts';
import type { DemoOrganisation } from '../demo/demo-types.ts';
import type { Database } from './database.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;
export type DemoCounts = Record<string, number>;
export interface LoadDemoResult {
  organisationId: string;
  counts: DemoCounts;
}

// Any fixed bigint will do; it only has to be the same for every instance.
const DEMO_LOCK_KEY = 7_205_152_026;
const TX_OPTIONS = { maxWait: 30_000, timeout: 120_000 };

// Everything that belongs to an organisation, plus what points at its people and
// messages (ConversationRef, Outbox). JobRun stays: it is scheduler bookkeeping, and
// clearing it would let today's already-run jobs fire a second time.
// Maps each table to its key in DemoCounts.
export const DEMO_RESET_TABLES: Record<string, string> = {
  Organisation: 'organisations', Team: 'teams', TeamMembership: 'teamMemberships', Staff: 'staff',
  StaffIdentity: 'staffIdentities', Category: 'categories', Partner: 'partners', PartnerContact: 'partnerContacts',
  Assignment: 'assignments', ContactMoment: 'contactMoments', CheckInRound: 'checkInRounds',
  CheckInAnswer: 'checkInAnswers', Commitment: 'commitments', Nudge: 'nudges', Success: 'successes',
  SuccessPartner: 'successPartners', SuccessThanks: 'successThanks', Plan: 'plans', PlanGoal: 'planGoals',
  ConversationRef: 'conversationRefs', Outbox: 'outbox', AuditEvent: 'auditEvents',
  MagicLink: 'magicLinks', DashboardSession: 'dashboardSessions', PartnerLevelContact: 'partnerLevelContacts',
  Collaboration: 'collaborations', CollaborationPartner: 'collaborationPartners', CollaborationParticipant: 'collaborationParticipants',
  QuickScanRound: 'quickScanRounds', QuickScanAnswer: 'quickScanAnswers',
};

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return (await db.prisma.organisation.count()) === 0;
}

/** Names of organisations that are not the demo: real data that a reset would wipe. */
export async function listNonDemoOrganisations(db: Database): Promise<string[]> {
  const rows = await db.prisma.organisation.findMany({
    where: { NOT: { platform: 'local', name: DEMO_ORGANISATION_NAME } },
    select: { name: true, platform: true },
    orderBy: { name: 'asc' },
  });
  return rows.map((r) => `${r.name} (${r.platform})`);
}

export async function loadDemoOrganisation(db: Database, now: Date): Promise<LoadDemoResult> {
  const demo = buildDemoOrganisation(now);
  return db.prisma.$transaction(async (tx) => {
    await lockDemo(tx);
    return writeDemo(tx, demo);
  }, TX_OPTIONS);
}

/** Loads the demo only into an empty database; tells whether it did. */
export async function ensureDemoLoaded(db: Database, now: Date): Promise<({ loaded: true } & LoadDemoResult) | { loaded: false }> {
  if (!(await isDatabaseEmpty(db))) return { loaded: false };
  const demo = buildDemoOrganisation(now);
  return db.prisma.$transaction(async (tx) => {
    await lockDemo(tx);
    // Another instance may have loaded it while we waited for the lock.
    if ((await tx.organisation.count()) > 0) return { loaded: false as const };
    return { loaded: true as const, ...(await writeDemo(tx, demo)) };
  }, TX_OPTIONS);
}

/** Deletes the data of ALL organisations and loads the demo again, all or nothing. */
export async function resetDemo(db: Database, now: Date): Promise<LoadDemoResult & { removed: DemoCounts }> {
  const demo = buildDemoOrganisation(now);
  const tables = Object.keys(DEMO_RESET_TABLES).map((t) => `"${t}"`);
  return db.prisma.$transaction(async (tx) => {
    await lockDemo(tx);
    const counted = Object.entries(DEMO_RESET_TABLES).map(([t, key]) => `(SELECT count(*)::int FROM "${t}") AS "${key}"`).join(', ');
    const [removed] = await tx.$queryRawUnsafe<DemoCounts[]>(`SELECT ${counted}`);
    await tx.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')} CASCADE`);
    return { removed: removed!, ...(await writeDemo(tx, demo)) };
  }, TX_OPTIONS);
}

async function lockDemo(tx: Tx): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${DEMO_LOCK_KEY})::text`);
}

// Ids are made here, so every row can be written with createMany (one INSERT per table).
async function writeDemo(tx: Tx, demo: DemoOrganisation): Promise<LoadDemoResult> {
  const ids = (rows: { key: string }[]) => new Map(rows.map((r) => [r.key, randomUUID()]));
  const pick = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo-gegevens kloppen niet: onbekende sleutel '${key}'.`);
    return id;
  };
  const organisationId = randomUUID();
  const category = ids(demo.categories);
  const team = ids(demo.teams);
  const staff = ids(demo.staff);
  const partner = ids(demo.partners);
  const round = ids(demo.rounds);
  const success = ids(demo.successes);
  const plan = ids(demo.plans);
  const counts: DemoCounts = {};
  const note = async (name: string, write: Promise<{ count: number }>) => {
    counts[name] = (await write).count;
  };

  await tx.organisation.create({ data: { id: organisationId, ...demo.organisation } });
  counts.organisations = 1;
  await note('categories', tx.category.createMany({
    data: demo.categories.map(({ key, ...c }) => ({ ...c, id: pick(category, key), organisationId })),
  }));
  await note('teams', tx.team.createMany({
    data: demo.teams.map(({ key, ...t }) => ({ ...t, id: pick(team, key), organisationId, timezone: demo.organisation.timezone })),
  }));
  await note('staff', tx.staff.createMany({
    data: demo.staff.map(({ key, platformUserId: _userId, ...s }) => ({ ...s, id: pick(staff, key), organisationId })),
  }));
  await note('staffIdentities', tx.staffIdentity.createMany({
    data: demo.staff.map((s) => ({ staffId: pick(staff, s.key), platform: 'local', platformOrgId: '', platformUserId: s.platformUserId })),
  }));
  await note('teamMemberships', tx.teamMembership.createMany({
    data: demo.memberships.map((m) => ({ teamId: pick(team, m.teamKey), staffId: pick(staff, m.staffKey), isLead: m.isLead })),
  }));
  // The fictional register predates its own history, so the trend's past weeks count every partner.
  const registerSince = new Date(Math.min(...demo.contactMoments.map((m) => m.occurredAt.getTime()), ...demo.rounds.map((r) => r.opensAt.getTime())));
  await note('partners', tx.partner.createMany({
    data: demo.partners.map(({ key, categoryKey, teamKey: _teamKey, ...p }) => ({
      ...p, id: pick(partner, key), organisationId, categoryId: pick(category, categoryKey),
      ...(Number.isFinite(registerSince.getTime()) ? { createdAt: registerSince } : {}),
    })),
  }));
  await note('partnerContacts', tx.partnerContact.createMany({
    data: demo.partnerContacts.map(({ partnerKey, ...c }) => ({ ...c, partnerId: pick(partner, partnerKey) })),
  }));
  await note('assignments', tx.assignment.createMany({
    data: demo.assignments.map((a) => ({ staffId: pick(staff, a.staffKey), partnerId: pick(partner, a.partnerKey), level: a.level, kind: a.kind })),
  }));
  await note('contactMoments', tx.contactMoment.createMany({
    data: demo.contactMoments.map(({ partnerKey, staffKey, ...m }) => ({
      ...m, partnerId: pick(partner, partnerKey), staffId: pick(staff, staffKey), createdAt: m.occurredAt,
    })),
  }));
  await note('checkInRounds', tx.checkInRound.createMany({
    data: demo.rounds.map(({ key, teamKey, ...r }) => ({ ...r, id: pick(round, key), teamId: pick(team, teamKey), createdAt: r.opensAt })),
  }));
  await note('checkInAnswers', tx.checkInAnswer.createMany({
    data: demo.answers.map(({ roundKey, staffKey, partnerKeys, ...a }) => ({
      ...a, roundId: pick(round, roundKey), staffId: pick(staff, staffKey),
      partnerIds: partnerKeys.map((k) => pick(partner, k)), updatedAt: a.createdAt,
    })),
  }));
  await note('commitments', tx.commitment.createMany({
    data: demo.commitments.map(({ staffKey, partnerKey, roundKey, ...c }) => ({
      ...c, staffId: pick(staff, staffKey), partnerId: pick(partner, partnerKey), roundId: pick(round, roundKey),
    })),
  }));
  await note('nudges', tx.nudge.createMany({
    data: demo.nudges.map(({ staffKey, partnerKey, ...n }) => ({ ...n, staffId: pick(staff, staffKey), partnerId: pick(partner, partnerKey) })),
  }));
  await note('successes', tx.success.createMany({
    data: demo.successes.map(({ key, teamKey, authorKey, partnerKeys: _p, thankedStaffKeys: _t, ...s }) => ({
      ...s, id: pick(success, key), organisationId, teamId: pick(team, teamKey), authorId: pick(staff, authorKey),
    })),
  }));
  await note('successPartners', tx.successPartner.createMany({
    data: demo.successes.flatMap((s) => s.partnerKeys.map((k) => ({ successId: pick(success, s.key), partnerId: pick(partner, k) }))),
  }));
  await note('successThanks', tx.successThanks.createMany({
    data: demo.successes.flatMap((s) => s.thankedStaffKeys.map((k) => ({ successId: pick(success, s.key), staffId: pick(staff, k) }))),
  }));
  await note('plans', tx.plan.createMany({
    data: demo.plans.map((p) => ({ id: pick(plan, p.key), staffId: pick(staff, p.staffKey), year: p.year })),
  }));
  await note('planGoals', tx.planGoal.createMany({
    data: demo.plans.flatMap((p) => p.goals.map(({ partnerKey, ...g }) => ({ ...g, planId: pick(plan, p.key), partnerId: pick(partner, partnerKey) }))),
  }));
  await writeCollaborations(tx, demo, organisationId, { staff, partner }, note);
  await tx.auditEvent.create({ data: { organisationId, action: 'demo.loaded', subject: demo.organisation.name, details: counts } });
  return { organisationId, counts };
}

async function writeCollaborations(tx: Tx, demo: DemoOrganisation, organisationId: string, ids: { staff: Map<string, string>; partner: Map<string, string> }, note: (name: string, write: Promise<{ count: number }>) => Promise<void>): Promise<void> {
  const pick = (map: Map<string, string>, key: string) => map.get(key) ?? (() => { throw new Error(`demo: onbekende sleutel ${key}`); })();
  const collaboration = new Map(demo.collaborations.map((c) => [c.key, randomUUID()]));
  const rounds = demo.collaborations.flatMap((c) => c.rounds.map((r) => ({ ...r, id: randomUUID(), collaborationId: pick(collaboration, c.key) })));
  await note('collaborations', tx.collaboration.createMany({
    data: demo.collaborations.map((c) => ({
      id: pick(collaboration, c.key), organisationId, name: c.name, ownerId: pick(ids.staff, c.ownerKey), resultGoal: c.resultGoal,
      startDate: new Date(`${c.startDate.toISOString().slice(0, 10)}T00:00:00Z`), stage: c.stage, createdAt: c.startDate,
    })),
  }));
  await note('collaborationPartners', tx.collaborationPartner.createMany({
    data: demo.collaborations.flatMap((c) => c.partnerKeys.map((k) => ({ collaborationId: pick(collaboration, c.key), partnerId: pick(ids.partner, k) }))),
  }));
  await note('collaborationParticipants', tx.collaborationParticipant.createMany({
    data: demo.collaborations.flatMap((c) => c.participantKeys.map((k) => ({ collaborationId: pick(collaboration, c.key), staffId: pick(ids.staff, k) }))),
  }));
  await note('quickScanRounds', tx.quickScanRound.createMany({
    data: rounds.map((r) => ({ id: r.id, collaborationId: r.collaborationId, trigger: 'schedule', openedAt: r.openedAt, remindAt: new Date(r.openedAt.getTime() + 5 * 86_400_000), remindedAt: new Date(r.openedAt.getTime() + 5 * 86_400_000), closesAt: r.closedAt, closedAt: r.closedAt, invited: r.invited })),
  }));
  await note('quickScanAnswers', tx.quickScanAnswer.createMany({
    data: rounds.flatMap((r) => r.answers.map((a) => ({ roundId: r.id, staffId: pick(ids.staff, a.staffKey), scores: a.scores, answeredAt: a.answeredAt }))),
  }));
}
