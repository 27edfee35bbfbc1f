// The home view's reads over Prisma: open commitments, last answer, latest round.
import type { HomePorts } from '../features/home/home-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createHomeStore(prisma: PrismaClient): HomePorts {
  return {
    async listOpenCommitments(staffId, limit) {
      const rows = await prisma.commitment.findMany({
        where: { staffId, state: 'open' },
        orderBy: { createdAt: 'asc' },
        take: limit,
        include: { partner: { select: { name: true } } },
      });
      return rows.map((r) => ({ id: r.id, text: r.text, partnerName: r.partner?.name ?? null }));
    },
    async findLastAnswer(staffId) {
      const row = await prisma.checkInAnswer.findFirst({
        where: { staffId, OR: [{ done: { not: '' } }, { planned: { not: '' } }] },
        orderBy: { round: { opensAt: 'desc' } },
        include: { round: { select: { periodKey: true } } },
      });
      return row ? { periodKey: row.round.periodKey, done: row.done, planned: row.planned } : null;
    },
    async findLatestRound(teamId) {
      const row = await prisma.checkInRound.findFirst({ where: { teamId }, orderBy: { opensAt: 'desc' } });
      return row ? { id: row.id, periodKey: row.periodKey, state: row.state } : null;
    },
    async countAnswers(roundId) {
      return prisma.checkInAnswer.count({ where: { roundId, OR: [{ done: { not: '' } }, { planned: { not: '' } }] } });
    },
  };
}
