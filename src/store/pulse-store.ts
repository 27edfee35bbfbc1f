// The relationship pulse over Prisma: the asked row per partner, person and month,
// its scores, and monthly aggregates (means computed in SQL, never rows per person).
import type { PulsePorts } from '../features/pulse/pulse-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createPulseStore(prisma: PrismaClient): PulsePorts {
  return {
    async listAskedMonths(partnerId, staffId, sinceMonth) {
      const rows = await prisma.relationshipPulse.findMany({
        where: { partnerId, staffId, month: { gte: sinceMonth } }, select: { month: true }, orderBy: { month: 'desc' },
      });
      return rows.map((r) => r.month);
    },
    async markAsked(key, at) {
      const { count } = await prisma.relationshipPulse.createMany({ data: [{ ...key, askedAt: at }], skipDuplicates: true });
      return count === 1;
    },
    async saveScore(key, dimension, score, at) {
      const where = { partnerId_staffId_month: { partnerId: key.partnerId, staffId: key.staffId, month: key.month } };
      const row = await prisma.relationshipPulse.findUnique({ where, select: { organisationId: true } });
      if (!row || row.organisationId !== key.organisationId) return null;
      const saved = await prisma.relationshipPulse.update({ where, data: { [dimension]: score, answeredAt: at }, select: { trust: true, communication: true } });
      return saved;
    },
    async listAnswers(partnerId, month) {
      return prisma.relationshipPulse.findMany({
        where: { partnerId, month, OR: [{ trust: { not: null } }, { communication: { not: null } }] },
        select: { trust: true, communication: true },
      });
    },
    async listOwnersAndLeads(partnerId) {
      const owners = await prisma.assignment.findMany({
        where: { partnerId, kind: 'owner' },
        select: { staff: { select: { id: true, language: true, memberships: { select: { team: { select: { members: { where: { isLead: true }, select: { staff: { select: { id: true, language: true } } } } } } } } } } },
      });
      const people = new Map<string, { id: string; language: string | null }>();
      for (const { staff } of owners) {
        people.set(staff.id, { id: staff.id, language: staff.language });
        for (const m of staff.memberships) for (const lead of m.team.members) people.set(lead.staff.id, lead.staff);
      }
      return [...people.values()];
    },
    async listMonths(partnerId, fromMonth) {
      const rows = await prisma.$queryRaw<{ month: string; tn: number; tm: number | null; cn: number; cm: number | null }[]>`
        SELECT month, count(trust)::int AS tn, avg(trust)::float8 AS tm, count(communication)::int AS cn, avg(communication)::float8 AS cm
        FROM "RelationshipPulse" WHERE "partnerId" = ${partnerId}::uuid AND month >= ${fromMonth}
        GROUP BY month ORDER BY month`;
      return rows.map((r) => ({ month: r.month, trustAnswers: r.tn, trustMean: r.tm, communicationAnswers: r.cn, communicationMean: r.cm }));
    },
  };
}
