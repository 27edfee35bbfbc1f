// Yearly plans and their goals over Prisma.
import type { GoalInput, PlanGoal, PlanPorts } from '../features/plan/plan-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

const INCLUDE = {
  plan: { select: { staffId: true, year: true } },
  partner: { select: { name: true } },
  progress: { orderBy: { month: 'asc' as const }, select: { month: true, status: true, note: true } },
} satisfies Prisma.PlanGoalInclude;
type GoalRow = Prisma.PlanGoalGetPayload<{ include: typeof INCLUDE }>;

export function createPlanStore(prisma: PrismaClient): PlanPorts {
  return {
    async listAssignments(organisationId, staffIds) {
      const rows = await prisma.assignment.findMany({
        where: { staff: { organisationId }, partner: { archivedAt: null }, ...(staffIds ? { staffId: { in: staffIds } } : {}) },
        select: { staffId: true, partnerId: true, staff: { select: { name: true } }, partner: { select: { name: true } } },
        orderBy: [{ staff: { name: 'asc' } }, { partner: { name: 'asc' } }],
      });
      const seen = new Set<string>();
      return rows.flatMap((r) => {
        const key = `${r.staffId}:${r.partnerId}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ staffId: r.staffId, staffName: r.staff.name, partnerId: r.partnerId, partnerName: r.partner.name }];
      });
    },
    async listManagerIds(organisationId) {
      const rows = await prisma.staff.findMany({ where: { organisationId, role: 'manager' }, select: { id: true } });
      return rows.map((r) => r.id);
    },
    async listNewAssignments(staffIds, since) {
      if (staffIds.length === 0) return [];
      const rows = await prisma.assignment.findMany({
        where: { staffId: { in: staffIds }, createdAt: { gte: since }, partner: { archivedAt: null } },
        select: { staffId: true, partnerId: true, createdAt: true, staff: { select: { name: true } }, partner: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      if (rows.length === 0) return [];
      // A person's first assignments came in with the import (or the demo): those are not news.
      const firsts = await prisma.assignment.groupBy({ by: ['staffId'], where: { staffId: { in: [...new Set(rows.map((r) => r.staffId))] } }, _min: { createdAt: true } });
      const firstOf = new Map(firsts.map((f) => [f.staffId, f._min.createdAt!.getTime()]));
      return rows
        .filter((r) => r.createdAt.getTime() > (firstOf.get(r.staffId) ?? 0) + 86_400_000)
        .map((r) => ({ staffId: r.staffId, staffName: r.staff.name, partnerId: r.partnerId, partnerName: r.partner.name }));
    },
    async findAskSnooze(staffId, key) {
      const row = await prisma.auditEvent.findFirst({ where: { action: 'plan.ask_snoozed', actorStaffId: staffId, subject: key }, orderBy: { createdAt: 'desc' } });
      const until = (row?.details as { until?: string } | null)?.until;
      return until ? new Date(until) : null;
    },
    async snoozeAsk(organisationId, staffId, key, until) {
      await prisma.auditEvent.create({ data: { organisationId, actorStaffId: staffId, action: 'plan.ask_snoozed', subject: key, details: { until: until.toISOString() } } });
    },
    async listGoals(staffIds, year) {
      if (staffIds.length === 0) return [];
      const rows = await prisma.planGoal.findMany({
        where: { plan: { staffId: { in: staffIds }, year } },
        include: INCLUDE,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toGoal).sort((a, b) => a.staffId.localeCompare(b.staffId) || (a.partnerName ?? '~').localeCompare(b.partnerName ?? '~', 'nl'));
    },
    async listGoalsWithPartner(partnerId, year) {
      const rows = await prisma.planGoal.findMany({
        where: { partnerId, plan: { year } },
        include: { ...INCLUDE, plan: { select: { staffId: true, year: true, staff: { select: { name: true } } } } },
        orderBy: [{ achieved: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((r) => ({ ...toGoal(r), staffName: r.plan.staff.name }));
    },
    async findGoal(id) {
      const row = await prisma.planGoal.findUnique({ where: { id }, include: INCLUDE });
      return row ? toGoal(row) : null;
    },
    async saveGoal(staffId, year, goalId, input, at) {
      return prisma.$transaction(async (tx) => {
        const data = toData(input);
        if (goalId) {
          const { count } = await tx.planGoal.updateMany({ where: { id: goalId, plan: { staffId } }, data: { ...data, updatedAt: at } });
          if (count === 0) return null;
          return toGoal(await tx.planGoal.findUniqueOrThrow({ where: { id: goalId }, include: INCLUDE }));
        }
        const plan = await tx.plan.upsert({ where: { staffId_year: { staffId, year } }, create: { staffId, year, createdAt: at }, update: {} });
        return toGoal(await tx.planGoal.create({ data: { ...data, planId: plan.id, createdAt: at, updatedAt: at }, include: INCLUDE }));
      });
    },
    async recordProgress(goalId, progress, at) {
      await prisma.$transaction(async (tx) => {
        const fields = { status: progress.status, note: progress.note, createdAt: at };
        await tx.planGoalProgress.upsert({
          where: { goalId_month: { goalId, month: progress.month } },
          create: { goalId, month: progress.month, ...fields },
          update: fields,
        });
        if (progress.status === 'reached') await tx.planGoal.update({ where: { id: goalId }, data: { achieved: true, updatedAt: at } });
      });
    },
  };
}

function toData(input: GoalInput) {
  return {
    partnerId: input.partnerId, result: input.result, measure: input.measure, target: input.target,
    dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null, subResults: input.subResults,
  };
}

function toGoal(row: GoalRow): PlanGoal {
  return {
    id: row.id, staffId: row.plan.staffId, year: row.plan.year, partnerId: row.partnerId, partnerName: row.partner?.name ?? null,
    result: row.result, measure: row.measure, target: row.target, dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    subResults: row.subResults, achieved: row.achieved, progress: row.progress,
  };
}
