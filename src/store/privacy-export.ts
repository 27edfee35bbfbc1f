// Collects the inzage bundle for one e-mail address in one organisation (see
// src/privacy/person-data-map.ts for what each model contributes). Read-only.
import { EXPORT_FORMAT, type Mentions, type PersonExport, type Row, type StaffSection } from '../privacy/person-export.ts';
import type { Prisma } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

export async function exportPersonData(tx: Tx, organisationId: string, email: string, now: Date): Promise<PersonExport> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  const staffRows = await tx.staff.findMany({ where: { organisationId, email: { equals: email.trim(), mode: 'insensitive' } } });
  const contacts = await tx.partnerContact.findMany({
    where: { partner: { organisationId }, email: { equals: email.trim(), mode: 'insensitive' } },
    include: { partner: { select: { name: true } } },
  });
  const staff: StaffSection[] = [];
  for (const s of staffRows) staff.push(await staffSection(tx, s));
  const names = [...staffRows.map((s) => s.name), ...contacts.map((c) => c.name)];
  return {
    format: EXPORT_FORMAT,
    generatedAt: now.toISOString(),
    organisation: organisation.name,
    email: email.trim(),
    staff,
    partnerContacts: contacts.map(({ partner, ...contact }) => ({ contact, partner: partner.name })),
    mentions: await mentionsOf(tx, organisationId, [...new Set(names)], staffRows.map((s) => s.id), email.trim()),
  };
}

async function staffSection(tx: Tx, s: Row & { id: string }): Promise<StaffSection> {
  const staffId = s.id;
  const partner = { select: { name: true } };
  return {
    profile: s,
    identities: await tx.staffIdentity.findMany({ where: { staffId } }),
    teams: (await tx.teamMembership.findMany({ where: { staffId }, include: { team: { select: { name: true } } } }))
      .map((m) => ({ team: m.team.name, isLead: m.isLead })),
    assignments: (await tx.assignment.findMany({ where: { staffId }, include: { partner } }))
      .map(({ partner: p, ...a }) => ({ ...a, partner: p.name })),
    contactMoments: (await tx.contactMoment.findMany({ where: { staffId }, include: { partner }, orderBy: { occurredAt: 'asc' } }))
      .map(({ partner: p, ...m }) => ({ ...m, partner: p.name })),
    checkInAnswers: (await tx.checkInAnswer.findMany({ where: { staffId }, include: { round: { select: { periodKey: true } } }, orderBy: { createdAt: 'asc' } }))
      .map(({ round, ...a }) => ({ ...a, week: round.periodKey })),
    commitments: await tx.commitment.findMany({ where: { staffId }, orderBy: { createdAt: 'asc' } }),
    nudges: (await tx.nudge.findMany({ where: { staffId }, include: { partner }, orderBy: { sentAt: 'asc' } }))
      .map(({ partner: p, ...n }) => ({ ...n, partner: p.name })),
    successesWritten: await tx.success.findMany({ where: { authorId: staffId }, orderBy: { createdAt: 'asc' } }),
    successesThankingThem: (await tx.successThanks.findMany({ where: { staffId }, include: { success: true } })).map((t) => t.success),
    plans: await tx.plan.findMany({ where: { staffId }, include: { goals: true }, orderBy: { year: 'asc' } }),
    // Times only: a token hash is of no use to the person and would only widen the copy.
    magicLinks: await tx.magicLink.findMany({ where: { staffId }, select: { createdAt: true, expiresAt: true, usedAt: true } }),
    dashboardSessions: await tx.dashboardSession.findMany({ where: { staffId }, select: { createdAt: true, expiresAt: true } }),
    conversationRefs: await tx.conversationRef.findMany({ where: { key: `person:${staffId}` } }),
    outboxMessagesToThem: await tx.$queryRawUnsafe<Row[]>(
      `SELECT id, "idempotencyKey", platform, payload, status, "sentAt", "createdAt" FROM "Outbox"
       WHERE payload->'to'->>'staffId' = $1 ORDER BY "createdAt"`, staffId),
    auditEventsByThem: await tx.auditEvent.findMany({ where: { actorStaffId: staffId }, orderBy: { createdAt: 'asc' } }),
  };
}

/** Free text of others that names the person (full name or e-mail). */
async function mentionsOf(tx: Tx, organisationId: string, names: string[], staffIds: string[], email: string): Promise<Mentions> {
  const needles = [...names, email].filter((n) => n.trim().length >= 3);
  const empty: Mentions = { checkInAnswers: [], commitments: [], contactNotes: [], successes: [], planGoals: [], outboxMessages: [], auditEvents: [] };
  if (needles.length === 0) return empty;
  const has = (field: string) => needles.map((n) => ({ [field]: { contains: n, mode: 'insensitive' as const } }));
  const notThem = { notIn: staffIds };
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return {
    checkInAnswers: await tx.checkInAnswer.findMany({ where: { staffId: notThem, round: { team: { organisationId } }, OR: [...has('done'), ...has('planned')] } }),
    commitments: await tx.commitment.findMany({ where: { staffId: notThem, staff: { organisationId }, OR: has('text') } }),
    contactNotes: await tx.contactMoment.findMany({ where: { partner: { organisationId }, AND: [{ OR: has('note') }, { OR: [{ staffId: null }, { staffId: notThem }] }] } }),
    successes: await tx.success.findMany({ where: { organisationId, authorId: notThem, OR: [...has('title'), ...has('story')] } }),
    planGoals: await tx.planGoal.findMany({ where: { plan: { staff: { organisationId }, staffId: notThem }, OR: has('result') } }),
    outboxMessages: await tx.$queryRawUnsafe<Row[]>(
      `SELECT id, "idempotencyKey", platform, payload, status, "sentAt", "createdAt" FROM "Outbox"
       WHERE payload::text ILIKE ANY($1::text[]) AND COALESCE(payload->'to'->>'staffId', '') <> ALL($2::text[]) ORDER BY "createdAt"`,
      patterns, staffIds),
    auditEvents: await tx.$queryRawUnsafe<Row[]>(
      `SELECT id, "actorStaffId", action, subject, details, "createdAt" FROM "AuditEvent"
       WHERE "organisationId" = $1::uuid AND (subject ILIKE ANY($2::text[]) OR details::text ILIKE ANY($2::text[]))
         AND ("actorStaffId" IS NULL OR NOT ("actorStaffId" = ANY($3::uuid[]))) ORDER BY "createdAt"`,
      organisationId, patterns, staffIds),
  };
}

/** Inzage is itself access to personal data: audited with who asked and how, not whose data. */
export async function auditExport(tx: Tx, organisationId: string, actorStaffId: string | null, via: 'cli' | 'dashboard', format: string, now: Date): Promise<void> {
  await tx.auditEvent.create({ data: { organisationId, actorStaffId, action: 'privacy.export', details: { via, format }, createdAt: now } });
}
