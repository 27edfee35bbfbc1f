// Who counts as management for their own rhythm, and the organisation's cadence.
import type { ManagementPorts } from '../features/management/management-ports.ts';
import type { PrismaClient } from './generated/client.ts';

export function createManagementStore(prisma: PrismaClient): ManagementPorts {
  return {
    async listManagement(organisationId, localDate) {
      const day = new Date(`${localDate}T00:00:00Z`);
      return prisma.staff.findMany({
        where: {
          organisationId,
          OR: [{ awayUntil: null }, { awayUntil: { lt: day } }],
          AND: [{ OR: [{ role: 'manager' }, { memberships: { none: {} }, assignments: { some: { level: 'strategisch' } } }] }],
        },
        select: { id: true, name: true, language: true },
        orderBy: { name: 'asc' },
      });
    },
    async findCadence(organisationId) {
      const row = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { managementCheckinCadence: true } });
      return row?.managementCheckinCadence === 'quarterly' ? 'quarterly' : 'monthly';
    },
  };
}
