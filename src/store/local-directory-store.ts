// The playground's people: every staff member of an organisation whose platform is
// 'local' (demo people and imported ones alike), with their teams and channels.
import type { LocalDirectory, LocalPerson } from '../core/local-directory.ts';
import type { PrismaClient } from './generated/client.ts';

/** "Wijkteam Noord-Oost" → "wijkteam-noord-oost": readable simulated channel ids. */
export function slugOf(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'team';
}

/**
 * In the playground the playground is the platform: a person imported by CSV gets a
 * playground account, and a team without a channel a simulated one, so both can be
 * tried at once. Idempotent; only touches organisations on the 'local' platform.
 */
async function giveEveryoneAPlace(prisma: PrismaClient): Promise<void> {
  const local = { organisation: { platform: 'local' } };
  const unlinked = await prisma.staff.findMany({ where: { ...local, identities: { none: { platform: 'local' } } }, select: { id: true } });
  if (unlinked.length > 0) {
    await prisma.staffIdentity.createMany({
      data: unlinked.map((s) => ({ staffId: s.id, platform: 'local', platformOrgId: '', platformUserId: `local-${s.id}` })),
      skipDuplicates: true,
    });
  }
  const channelless = await prisma.team.findMany({ where: { ...local, channelRef: null }, select: { id: true, name: true }, orderBy: { createdAt: 'asc' } });
  if (channelless.length === 0) return;
  const taken = new Set((await prisma.team.findMany({ where: { channelRef: { not: null } }, select: { channelRef: true } })).map((t) => t.channelRef));
  for (const team of channelless) {
    let ref = `local:team-${slugOf(team.name)}`;
    if (taken.has(ref)) ref = `${ref}-${team.id.slice(0, 8)}`;
    taken.add(ref);
    // Only where still empty: a channel chosen meanwhile in `instellingen` wins.
    await prisma.team.updateMany({ where: { id: team.id, channelRef: null }, data: { channelRef: ref } });
  }
}

export function createLocalDirectory(prisma: PrismaClient): LocalDirectory {
  return {
    prepare: () => giveEveryoneAPlace(prisma),
    async listPeople(): Promise<LocalPerson[]> {
      await giveEveryoneAPlace(prisma);
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
