// The management digest's figures over Prisma: each one counted in SQL.
import type { Level } from '../core/register-types.ts';
import { DEFAULT_CATEGORY_RULE } from '../domain/contact-status.ts';
import type { DigestPorts, GoalCounts } from '../features/digest/digest-ports.ts';
import type { PrismaClient } from './generated/client.ts';
import { createQuickScanStore } from './quick-scan-store.ts';

// Instants go in as ISO strings cast to timestamptz: the same on PGlite and PostgreSQL, whatever the session's zone.
export function createDigestStore(prisma: PrismaClient): DigestPorts {
  const scans = createQuickScanStore(prisma);
  return {
    async coverageAt(organisationId, at, timeZone) {
      // A partner that existed (and was not archived) at `at` needs each level its rubriek
      // requires (all three without rubriek); it is covered at a level when a contact at
      // that level lies within the rubriek's maximum, counted in local calendar days.
      const rows = await prisma.$queryRaw<{ level: Level; total: number; covered: number }[]>`
        WITH needed AS (
          SELECT p.id, lvl, coalesce(c."maxIntervalDays", ${DEFAULT_CATEGORY_RULE.maxIntervalDays}::int) AS mx
          FROM "Partner" p LEFT JOIN "Category" c ON c.id = p."categoryId"
          CROSS JOIN LATERAL unnest(coalesce(c."requiredLevels", ARRAY['operationeel','tactisch','strategisch']::"Level"[])) AS lvl
          WHERE p."organisationId" = ${organisationId}::uuid AND p."createdAt" <= ${at.toISOString()}::timestamptz
            AND (p."archivedAt" IS NULL OR p."archivedAt" > ${at.toISOString()}::timestamptz)
        )
        SELECT n.lvl::text AS level, count(*)::int AS total,
          count(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM "ContactMoment" m
            WHERE m."partnerId" = n.id AND m.level = n.lvl AND m."occurredAt" <= ${at.toISOString()}::timestamptz
              AND (${at.toISOString()}::timestamptz AT TIME ZONE ${timeZone}::text)::date - (m."occurredAt" AT TIME ZONE ${timeZone}::text)::date <= n.mx
          ))::int AS covered
        FROM needed n GROUP BY n.lvl`;
      return rows.map((r) => ({ level: r.level, total: Number(r.total), covered: Number(r.covered) }));
    },
    async checkinParticipation(organisationId, from, to) {
      const [row] = await prisma.$queryRaw<{ answered: number; asked: number }[]>`
        SELECT coalesce(sum((SELECT count(*) FROM "CheckInAnswer" a JOIN "TeamMembership" tm ON tm."staffId" = a."staffId" AND tm."teamId" = r."teamId" WHERE a."roundId" = r.id)), 0)::int AS answered,
               coalesce(sum((SELECT count(*) FROM "TeamMembership" tm WHERE tm."teamId" = r."teamId")), 0)::int AS asked
        FROM "CheckInRound" r JOIN "Team" t ON t.id = r."teamId"
        WHERE t."organisationId" = ${organisationId}::uuid AND r."opensAt" >= ${from.toISOString()}::timestamptz AND r."opensAt" < ${to.toISOString()}::timestamptz`;
      return { answered: Number(row?.answered ?? 0), asked: Number(row?.asked ?? 0) };
    },
    async commitmentsKept(organisationId, from, to) {
      const [row] = await prisma.$queryRaw<{ kept: number; made: number }[]>`
        SELECT count(*) FILTER (WHERE c.state = 'done')::int AS kept, count(*)::int AS made
        FROM "Commitment" c JOIN "Staff" s ON s.id = c."staffId"
        WHERE s."organisationId" = ${organisationId}::uuid AND c."createdAt" >= ${from.toISOString()}::timestamptz AND c."createdAt" < ${to.toISOString()}::timestamptz
          AND c.state <> 'moved'`;
      return { kept: Number(row?.kept ?? 0), made: Number(row?.made ?? 0) };
    },
    async planGoals(organisationId, year, month) {
      const rows = await prisma.$queryRaw<{ status: string; n: number }[]>`
        SELECT CASE WHEN g.achieved THEN 'reached' ELSE coalesce(last.status::text, 'none') END AS status, count(*)::int AS n
        FROM "PlanGoal" g JOIN "Plan" p ON p.id = g."planId" JOIN "Staff" s ON s.id = p."staffId"
        LEFT JOIN LATERAL (
          SELECT pr.status FROM "PlanGoalProgress" pr WHERE pr."goalId" = g.id AND pr.month <= ${month}
          ORDER BY pr.month DESC LIMIT 1
        ) last ON true
        WHERE s."organisationId" = ${organisationId}::uuid AND p.year = ${year}::int
        GROUP BY 1`;
      const n = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      return { onTrack: n('on_track'), reached: n('reached'), behind: n('behind'), adjust: n('adjust'), noProgress: n('none') } satisfies GoalCounts;
    },
    // Closed quick-scan rounds with their weakest factor (only from 3 respondents).
    listScanRoundsClosedBetween: (organisationId, from, to) => scans.listScanRoundsClosedBetween(organisationId, from, to),
    async listSuccesses(organisationId, from, to) {
      const rows = await prisma.success.findMany({
        where: { organisationId, createdAt: { gte: from, lt: to } },
        orderBy: { createdAt: 'asc' },
        include: { author: { select: { name: true } }, team: { select: { name: true } }, partners: { include: { partner: { select: { name: true } } } } },
      });
      return rows.map((r) => ({
        id: r.id, title: r.title, authorName: r.author.name, teamName: r.team?.name ?? null,
        partnerNames: r.partners.map((p) => p.partner.name).sort((a, b) => a.localeCompare(b, 'nl')),
      }));
    },
    async listManagers(organisationId) {
      return prisma.staff.findMany({ where: { organisationId, role: 'manager' }, orderBy: { name: 'asc' }, select: { id: true, name: true, language: true, email: true } });
    },
  };
}
