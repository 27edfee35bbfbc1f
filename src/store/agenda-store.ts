// The RRO agenda's reads over Prisma: rounds, answers with their recognised
// partners, commitments judged against later contacts, escalations, successes.
import type { AgendaEscalation, AgendaPorts } from '../features/agenda/agenda-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createAgendaStore(prisma: PrismaClient): AgendaPorts {
  return {
    async listRecentRounds(teamId, at, limit) {
      return prisma.checkInRound.findMany({
        where: { teamId, opensAt: { lte: at } },
        orderBy: { opensAt: 'desc' },
        take: limit,
        select: { id: true, periodKey: true, opensAt: true },
      });
    },
    async listAnswers(roundId) {
      const rows = await prisma.checkInAnswer.findMany({
        where: { roundId },
        include: { staff: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      });
      const ids = [...new Set(rows.flatMap((r) => r.partnerIds))];
      const partners = await prisma.partner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, aliases: true } });
      const byId = new Map(partners.map((p) => [p.id, p]));
      return rows.map((r) => ({
        staffId: r.staffId,
        staffName: r.staff.name,
        done: r.done,
        planned: r.planned,
        partners: r.partnerIds.flatMap((id) => byId.get(id) ?? []),
      }));
    },
    async listCommitments(roundId) {
      const rows = await prisma.commitment.findMany({
        where: { roundId },
        include: { staff: { select: { name: true } }, partner: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return Promise.all(rows.map(async (r) => ({
        id: r.id,
        staffName: r.staff.name,
        partnerName: r.partner?.name ?? null,
        text: r.text,
        state: r.state,
        contactedSince: r.partnerId !== null && (await prisma.contactMoment.count({
          where: { staffId: r.staffId, partnerId: r.partnerId, occurredAt: { gt: r.createdAt } },
        })) > 0,
      })));
    },
    async listStandingEscalations(teamId, since) {
      // Newest escalation per person and partner that no contact at its level has answered yet.
      return prisma.$queryRaw<AgendaEscalation[]>`
        SELECT DISTINCT ON (n."staffId", n."partnerId")
               s.name AS "staffName", p.name AS "partnerName", n.level::text AS level, n."sentAt"
        FROM "Nudge" n
        JOIN "Staff" s ON s.id = n."staffId"
        JOIN "Partner" p ON p.id = n."partnerId"
        WHERE n.outcome = 'escalated' AND n."sentAt" >= ${since} AND p."archivedAt" IS NULL
          AND n."staffId" IN (SELECT tm."staffId" FROM "TeamMembership" tm WHERE tm."teamId" = ${teamId}::uuid)
          AND NOT EXISTS (SELECT 1 FROM "ContactMoment" m
                          WHERE m."partnerId" = n."partnerId" AND m.level = n.level AND m."occurredAt" > n."sentAt")
        ORDER BY n."staffId", n."partnerId", n."sentAt" DESC`;
    },
    async listGoalNews(teamId, since) {
      const rows = await prisma.planGoal.findMany({
        where: { plan: { staff: { memberships: { some: { teamId } } } }, progress: { some: {} } },
        include: { plan: { select: { staff: { select: { name: true } } } }, partner: { select: { name: true } }, progress: { orderBy: { month: 'desc' }, take: 1 } },
        orderBy: { updatedAt: 'desc' },
        take: 200,
      });
      return rows.flatMap((r) => {
        const latest = r.progress[0]!;
        const status = latest.status === 'reached' && latest.createdAt >= since ? 'reached' as const : latest.status === 'behind' ? 'behind' as const : null;
        return status ? [{ staffName: r.plan.staff.name, partnerName: r.partner?.name ?? null, result: r.result, status }] : [];
      });
    },
    async listSuccesses(teamId, since) {
      const rows = await prisma.success.findMany({
        where: { teamId, createdAt: { gte: since } },
        include: { author: { select: { name: true } }, partners: { include: { partner: { select: { name: true } } } } },
        orderBy: { createdAt: 'desc' },
        take: 20,
      });
      return rows.map((r) => ({ title: r.title, authorName: r.author.name, partnerNames: r.partners.map((p) => p.partner.name) }));
    },
  };
}
