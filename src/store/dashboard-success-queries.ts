// The successes wall: filtered cards (team, partner, slaagfactor, period) and a
// count per month for management; the filter options come from the data itself.
import type { Option, SuccessCard, SuccessFilter, SuccessMonth } from '../dashboard/dashboard-query-ports.ts';
import type { PrismaClient } from './generated/client.ts';
import type { SqlSession } from './sql-session.ts';

export async function querySuccesses(prisma: PrismaClient, organisationId: string, filter: SuccessFilter, limit: number): Promise<SuccessCard[]> {
  const rows = await prisma.success.findMany({
    where: {
      organisationId,
      ...(filter.teamId ? { teamId: filter.teamId } : {}),
      ...(filter.partnerId ? { partners: { some: { partnerId: filter.partnerId } } } : {}),
      ...(filter.tag ? { tags: { has: filter.tag } } : {}),
      createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) },
    },
    orderBy: { createdAt: 'desc' },
    take: limit,
    include: { author: { select: { name: true } }, team: { select: { name: true } }, partners: { include: { partner: { select: { name: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id, title: r.title, story: r.story, tags: r.tags, createdAt: r.createdAt, reactions: r.reactions,
    authorName: r.author.name, teamName: r.team?.name ?? null,
    partnerNames: r.partners.map((p) => p.partner.name).sort((a, b) => a.localeCompare(b, 'nl')),
  }));
}

export const SUCCESS_MONTHS_SQL = `
SELECT to_char(s."createdAt" AT TIME ZONE $3::text, 'YYYY-MM') AS month, count(*)::int AS count,
       (array_agg(s.title ORDER BY s."createdAt"))[1:5] AS titles
FROM "Success" s
WHERE s."organisationId" = $1::uuid AND s."createdAt" >= $2::timestamptz
GROUP BY 1 ORDER BY 1 DESC`;

export async function querySuccessMonths(session: SqlSession, organisationId: string, since: Date, timeZone: string): Promise<SuccessMonth[]> {
  return session.query<SuccessMonth>(SUCCESS_MONTHS_SQL, [organisationId, since, timeZone]);
}

export async function queryPartnersWithSuccesses(prisma: PrismaClient, organisationId: string): Promise<Option[]> {
  return prisma.partner.findMany({
    where: { organisationId, successes: { some: {} } }, orderBy: { name: 'asc' }, select: { id: true, name: true },
  });
}

export async function querySuccessTags(session: SqlSession, organisationId: string): Promise<string[]> {
  const rows = await session.query<{ tag: string }>(
    `SELECT DISTINCT unnest(tags) AS tag FROM "Success" WHERE "organisationId" = $1::uuid ORDER BY 1`, [organisationId]);
  return rows.map((r) => r.tag);
}
