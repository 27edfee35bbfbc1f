// Commitments closed, dropped or moved by their owner, over Prisma. Moving keeps
// one open row per promise: the old one is marked 'moved' in the same transaction.
import type { Commitment, CommitmentPorts } from '../features/commitments/commitment-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

type Row = Prisma.CommitmentGetPayload<{ include: { partner: { select: { name: true } } } }>;
const WITH_PARTNER = { partner: { select: { name: true } } } as const;

export function createCommitmentStore(prisma: PrismaClient): CommitmentPorts {
  return {
    async findCommitment(id) {
      const row = await prisma.commitment.findUnique({ where: { id }, include: WITH_PARTNER });
      return row ? toCommitment(row) : null;
    },
    async listOpen(staffId, limit) {
      const rows = await prisma.commitment.findMany({ where: { staffId, state: 'open' }, include: WITH_PARTNER, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: limit });
      return rows.map(toCommitment);
    },
    async listOpenWithPartner(staffId, partnerId) {
      const rows = await prisma.commitment.findMany({ where: { staffId, partnerId, state: 'open' }, include: WITH_PARTNER, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
      return rows.map(toCommitment);
    },
    async closeCommitment(id, staffId, state, at) {
      const { count } = await prisma.commitment.updateMany({ where: { id, staffId, state: 'open' }, data: { state, doneAt: at } });
      return count === 1;
    },
    async moveCommitment(id, staffId, dueDate, at) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.commitment.findFirst({ where: { id, staffId, state: 'open' }, include: { round: { select: { teamId: true } } } });
        if (!row) return { kind: 'not_found' as const };
        const teamId = row.round?.teamId ?? (await tx.teamMembership.findFirst({ where: { staffId }, select: { teamId: true } }))?.teamId;
        const latest = teamId ? await tx.checkInRound.findFirst({ where: { teamId }, orderBy: { opensAt: 'desc' }, select: { id: true, periodKey: true } }) : null;
        const due = new Date(`${dueDate}T00:00:00Z`);
        if (!latest || latest.id === row.roundId) {
          await tx.commitment.update({ where: { id }, data: { dueDate: due } });
          return { kind: 'moved' as const, roundPeriodKey: latest?.periodKey ?? null, dueDate };
        }
        await tx.commitment.update({ where: { id }, data: { state: 'moved', doneAt: at } });
        await tx.commitment.create({ data: { staffId, partnerId: row.partnerId, roundId: latest.id, text: row.text, dueDate: due, createdAt: at } });
        return { kind: 'moved' as const, roundPeriodKey: latest.periodKey, dueDate };
      });
    },
  };
}

function toCommitment(row: Row): Commitment {
  return { id: row.id, staffId: row.staffId, partnerId: row.partnerId, partnerName: row.partner?.name ?? null, text: row.text, state: row.state, createdAt: row.createdAt };
}
