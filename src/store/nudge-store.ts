// Nudges over Prisma: a day's nudges with their DM, and the outcomes people
// choose from the DM's buttons (with the lead's DM or the planned commitment).
import type { NudgePorts, NudgeRecord, OutboxEntry } from '../features/nudge/nudge-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';
import { createOutboxStore } from './outbox-store.ts';

type NudgeRow = Prisma.NudgeGetPayload<{ include: { partner: { select: { name: true } } } }>;

export function createNudgeStore(prisma: PrismaClient): NudgePorts {
  async function settle(id: string, staffId: string, data: Prisma.NudgeUpdateManyMutationInput, outbox: OutboxEntry[]): Promise<boolean> {
    return prisma.$transaction(async (tx) => {
      const { count } = await tx.nudge.updateMany({ where: { id, staffId }, data });
      if (count === 1) await createOutboxStore(tx).enqueue(outbox);
      return count === 1;
    });
  }

  return {
    async findNeverContactedGraceDays(organisationId) {
      const row = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { neverContactedGraceDays: true } });
      return row?.neverContactedGraceDays ?? 14;
    },
    async listPresentCoOwners(partnerIds, localDate) {
      if (partnerIds.length === 0) return [];
      const day = new Date(`${localDate}T00:00:00Z`);
      const rows = await prisma.assignment.findMany({
        where: { partnerId: { in: partnerIds }, kind: 'co_owner', staff: { OR: [{ awayUntil: null }, { awayUntil: { lt: day } }] } },
        select: { partnerId: true, staffId: true, staff: { select: { name: true } } },
        orderBy: [{ staff: { name: 'asc' } }],
      });
      return rows.map((r) => ({ partnerId: r.partnerId, staffId: r.staffId, staffName: r.staff.name }));
    },
    async listAssignmentStarts(staffIds) {
      if (staffIds.length === 0) return new Map();
      const rows = await prisma.assignment.findMany({ where: { staffId: { in: staffIds } }, select: { staffId: true, partnerId: true, level: true, createdAt: true } });
      return new Map(rows.map((r) => [`${r.staffId}:${r.partnerId}:${r.level}`, r.createdAt]));
    },
    async listNudgesOfStaff(staffIds, since) {
      if (staffIds.length === 0) return [];
      const rows = await prisma.nudge.findMany({
        where: { staffId: { in: staffIds }, sentAt: { gte: since } },
        include: { partner: { select: { name: true } } },
        orderBy: [{ sentAt: 'desc' }, { id: 'asc' }],
      });
      return rows.map(toRecord);
    },
    async saveNudgeRun(nudges, outbox) {
      await prisma.$transaction(async (tx) => {
        await tx.nudge.createMany({ data: nudges });
        await createOutboxStore(tx).enqueue(outbox);
      });
    },
    async findNudge(id) {
      const row = await prisma.nudge.findUnique({ where: { id }, include: { partner: { select: { name: true } } } });
      return row && toRecord(row);
    },
    async settleNudge(id, staffId, change, outbox = []) {
      return settle(id, staffId, {
        outcome: change.outcome,
        outcomeAt: change.at,
        ...(change.snoozedUntil ? { snoozedUntil: change.snoozedUntil } : {}),
      }, outbox);
    },
    async planNudge(id, staffId, plan, at) {
      return prisma.$transaction(async (tx) => {
        const nudge = await tx.nudge.findFirst({ where: { id, staffId } });
        if (!nudge) return false;
        await tx.nudge.update({ where: { id }, data: { outcome: 'planned', outcomeAt: at, plannedFor: new Date(`${plan.dueDate}T00:00:00Z`) } });
        await tx.commitment.create({
          data: { staffId, partnerId: nudge.partnerId, text: plan.text, dueDate: new Date(`${plan.dueDate}T00:00:00Z`), createdAt: at },
        });
        return true;
      });
    },
    async markNudgeLogged(nudgeId, staffId, at) {
      return settle(nudgeId, staffId, { outcome: 'logged', outcomeAt: at }, []);
    },
  };
}

function toRecord(row: NudgeRow): NudgeRecord {
  return {
    id: row.id,
    staffId: row.staffId,
    partnerId: row.partnerId,
    partnerName: row.partner.name,
    level: row.level,
    sentAt: row.sentAt,
    snoozedUntil: row.snoozedUntil,
    outcome: row.outcome,
    outcomeAt: row.outcomeAt,
    plannedFor: row.plannedFor,
  };
}
