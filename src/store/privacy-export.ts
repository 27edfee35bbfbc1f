// Collects the inzage bundle for one e-mail address in one organisation (see
// src/privacy/person-data-map.ts for what each model contributes). Read-only.
import { EXPORT_FORMAT, type Mentions, type PersonExport, type Row, type StaffSection } from '../privacy/person-export.ts';
import type { Prisma } from './generated/client.ts';
import { textPattern } from './person-search.ts';
import { personRefsWhere } from './privacy-erase.ts';

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
    plans: await tx.plan.findMany({ where: { staffId }, include: { goals: { include: { progress: true } } }, orderBy: { year: 'asc' } }),
    relationshipPulses: (await tx.relationshipPulse.findMany({ where: { staffId }, include: { partner }, orderBy: { month: 'asc' } }))
      .map(({ partner: p, ...r }) => ({ ...r, partner: p.name })),
    introductions: await tx.introduction.findMany({ where: { OR: [{ staffAId: staffId }, { staffBId: staffId }] }, orderBy: { sentAt: 'asc' } }),
    collaborationsOwned: await tx.collaboration.findMany({ where: { ownerId: staffId }, select: { name: true, resultGoal: true, stage: true, startDate: true } }),
    collaborationsJoined: (await tx.collaborationParticipant.findMany({ where: { staffId }, include: { collaboration: { select: { name: true } } } })).map((p) => ({ collaboration: p.collaboration.name })),
    // Their own answers only: the one place an individual quick-scan answer is shown.
    quickScanAnswers: (await tx.quickScanAnswer.findMany({ where: { staffId }, include: { round: { select: { openedAt: true, collaboration: { select: { name: true } } } } }, orderBy: { answeredAt: 'asc' } }))
      .map(({ round, scores, remark, answeredAt }) => ({ collaboration: round.collaboration.name, roundOpenedAt: round.openedAt, scores, remark, answeredAt })),
    // Times only: a token hash is of no use to the person and would only widen the copy.
    magicLinks: await tx.magicLink.findMany({ where: { staffId }, select: { createdAt: true, expiresAt: true, usedAt: true } }),
    dashboardSessions: await tx.dashboardSession.findMany({ where: { staffId }, select: { createdAt: true, expiresAt: true } }),
    conversationRefs: await tx.$queryRawUnsafe<Row[]>(`SELECT platform, key, ref, "updatedAt" FROM "ConversationRef" WHERE ${personRefsWhere('$1', '$2')}`,
      [staffId], (await tx.staffIdentity.findMany({ where: { staffId }, select: { platformUserId: true } })).map((i) => i.platformUserId)),
    outboxMessagesToThem: await tx.$queryRawUnsafe<Row[]>(
      `SELECT id, "idempotencyKey", platform, payload, status, "sentAt", "createdAt" FROM "Outbox"
       WHERE payload->'to'->>'staffId' = $1
          OR payload->>'ofKey' IN (SELECT "idempotencyKey" FROM "Outbox" WHERE payload->'to'->>'staffId' = $1) ORDER BY "createdAt"`, staffId),
    auditEventsByThem: await tx.auditEvent.findMany({ where: { actorStaffId: staffId }, orderBy: { createdAt: 'asc' } }),
  };
}

/** Free text of others that names the person (full name or e-mail, as a whole word). */
async function mentionsOf(tx: Tx, organisationId: string, names: string[], staffIds: string[], email: string): Promise<Mentions> {
  const patterns = [...names, email].filter((n) => n.trim().length >= 3).map(textPattern);
  const empty: Mentions = { checkInAnswers: [], commitments: [], contactNotes: [], successes: [], planGoals: [], outboxMessages: [], auditEvents: [] };
  if (patterns.length === 0) return empty;
  // $1 organisation · $2 patterns · $3 the person's own staff ids (their own rows are in their section)
  const q = (sql: string) => tx.$queryRawUnsafe<Row[]>(sql, organisationId, patterns, staffIds);
  const notThem = (col: string) => `(${col} IS NULL OR NOT (${col} = ANY($3::uuid[])))`;
  return {
    checkInAnswers: await q(`SELECT a.id, a."staffId", r."periodKey" AS week, a.done, a.planned, a."createdAt" FROM "CheckInAnswer" a
      JOIN "CheckInRound" r ON r.id = a."roundId" JOIN "Team" t ON t.id = r."teamId"
      WHERE t."organisationId" = $1::uuid AND ${notThem('a."staffId"')} AND (a.done ~* ANY($2) OR a.planned ~* ANY($2)) ORDER BY a."createdAt"`),
    commitments: await q(`SELECT c.id, c."staffId", c.text, c.state, c."createdAt" FROM "Commitment" c JOIN "Staff" s ON s.id = c."staffId"
      WHERE s."organisationId" = $1::uuid AND ${notThem('c."staffId"')} AND c.text ~* ANY($2) ORDER BY c."createdAt"`),
    contactNotes: await q(`SELECT m.id, p.name AS partner, m."occurredAt", m.level, m.note FROM "ContactMoment" m JOIN "Partner" p ON p.id = m."partnerId"
      WHERE p."organisationId" = $1::uuid AND ${notThem('m."staffId"')} AND m.note ~* ANY($2) ORDER BY m."occurredAt"`),
    successes: await q(`SELECT id, title, story, "createdAt" FROM "Success"
      WHERE "organisationId" = $1::uuid AND ${notThem('"authorId"')} AND (title ~* ANY($2) OR story ~* ANY($2)) ORDER BY "createdAt"`),
    planGoals: await q(`SELECT g.id, g.result, g."createdAt" FROM "PlanGoal" g JOIN "Plan" pl ON pl.id = g."planId" JOIN "Staff" s ON s.id = pl."staffId"
      WHERE s."organisationId" = $1::uuid AND ${notThem('pl."staffId"')} AND g.result ~* ANY($2) ORDER BY g."createdAt"`),
    outboxMessages: await q(`SELECT id, "idempotencyKey", platform, payload, status, "sentAt", "createdAt" FROM "Outbox"
      WHERE $1::uuid IS NOT NULL AND payload::text ~* ANY($2)
        AND COALESCE(payload->'to'->>'staffId', '') <> ALL($3::text[]) ORDER BY "createdAt"`),
    auditEvents: await q(`SELECT id, "actorStaffId", action, subject, details, "createdAt" FROM "AuditEvent"
      WHERE "organisationId" = $1::uuid AND (subject ~* ANY($2) OR details::text ~* ANY($2)) AND ${notThem('"actorStaffId"')} ORDER BY "createdAt"`),
  };
}

/** Inzage is itself access to personal data: audited with who asked and how, not whose data. */
export async function auditExport(tx: Tx, organisationId: string, actorStaffId: string | null, via: 'cli' | 'dashboard', format: string, now: Date): Promise<void> {
  await tx.auditEvent.create({ data: { organisationId, actorStaffId, action: 'privacy.export', details: { via, format }, createdAt: now } });
}
