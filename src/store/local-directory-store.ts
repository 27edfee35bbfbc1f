// The playground's people: staff with a 'local' identity in an organisation whose
// platform is 'local', with their teams and channels.
import type { LocalDirectory, LocalPerson } from '../core/local-directory.ts';
import type { PrismaClient } from './generated/client.ts';

export function createLocalDirectory(prisma: PrismaClient): LocalDirectory {
  return {
    async listPeople(): Promise<LocalPerson[]> {
      const rows = await prisma.staff.findMany({
        where: { organisation: { platform: 'local' }, identities: { some: { platform: 'local' } } },
        orderBy: { name: 'asc' },
        include: {
          organisation: { select: { language: true } },
          identities: { where: { platform: 'local' }, orderBy: { createdAt: 'asc' }, take: 1 },
          memberships: { include: { team: true } },
        },
      });
      return rows.map((s) => {
        const teams = s.memberships
          .map((m) => ({
            id: m.team.id,
            name: m.team.name,
            isLead: m.isLead,
            channelRef: m.team.channelRef,
            celebrationChannelRef: m.team.celebrationChannelRef,
          }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        return {
          staffId: s.id,
          name: s.name,
          role: s.role,
          language: s.language ?? s.memberships[0]?.team.language ?? s.organisation.language,
          platformUserId: s.identities[0]!.platformUserId,
          teams,
        };
      });
    },
  };
}
