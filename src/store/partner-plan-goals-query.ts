// The yearly-plan goals colleagues hold with one partner, for the partner briefing
// (the network feature's optional PlanGoalsOfPartner hook).
import type { BriefingPlanGoal } from '../features/network/briefing-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createPartnerPlanGoalsQuery(prisma: PrismaClient) {
  return async (partnerId: string, year: number): Promise<BriefingPlanGoal[]> => {
    const goals = await prisma.planGoal.findMany({
      where: { partnerId, plan: { year } },
      orderBy: [{ achieved: 'asc' }, { createdAt: 'asc' }],
      select: { result: true, achieved: true, plan: { select: { staff: { select: { name: true } } } } },
    });
    return goals.map((g) => ({ result: g.result, achieved: g.achieved, staffName: g.plan.staff.name }));
  };
}
