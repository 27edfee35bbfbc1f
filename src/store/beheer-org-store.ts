// The organisation beheer pages' reads, and their writes: the register stores on one
// transaction with the audit events, so a failing step leaves nothing half-written.
import type { BeheerOrgPorts, ChannelOption } from '../dashboard/beheer/beheer-org-ports.ts';
import type { Database } from './database.ts';
import type { Prisma } from './generated/client.ts';
import { slugOf } from './local-directory-store.ts';
import { createRegisterStore } from './register-store.ts';
import { createStaffStore, toStaff, toTeam } from './staff-store.ts';

const CHANNEL_PREFIX = 'channel:';

export function createBeheerOrgStore(db: Database): BeheerOrgPorts {
  const { prisma } = db;
  const register = createRegisterStore(prisma);
  return {
    async listCategories(organisationId) {
      const categories = await register.listCategories(organisationId);
      const counts = await prisma.partner.groupBy({ by: ['categoryId'], where: { organisationId, categoryId: { not: null } }, _count: { _all: true } });
      const countOf = new Map(counts.map((c) => [c.categoryId, c._count._all]));
      return categories.map((c) => ({ ...c, partners: countOf.get(c.id) ?? 0 }));
    },
    async listTeams(organisationId) {
      return (await prisma.team.findMany({ where: { organisationId }, orderBy: { name: 'asc' } })).map(toTeam);
    },
    async listStaff(organisationId) {
      const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { platform: true } });
      const rows = await prisma.staff.findMany({
        where: { organisationId },
        orderBy: { name: 'asc' },
        include: {
          memberships: { select: { teamId: true, isLead: true } },
          identities: { where: { platform: org.platform }, orderBy: { createdAt: 'asc' }, take: 1, select: { platformUserId: true } },
        },
      });
      return rows.map(({ memberships, identities, ...row }) => ({ ...toStaff(row), memberships, platformUserId: identities[0]?.platformUserId ?? null }));
    },
    async listChannelOptions(organisationId) {
      const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { platform: true, externalId: true } });
      const teams = await prisma.team.findMany({ where: { organisationId }, orderBy: { name: 'asc' }, select: { name: true, channelRef: true, celebrationChannelRef: true } });
      const options = new Map<string, ChannelOption>();
      const add = (ref: string | null, label: string) => {
        if (ref && !options.has(ref)) options.set(ref, { ref, label });
      };
      for (const t of teams) {
        add(t.channelRef, `${t.channelRef} (${t.name})`);
        add(t.celebrationChannelRef, `${t.celebrationChannelRef} (${t.name})`);
      }
      if (org.platform === 'local') {
        // The playground's simulated channels: one per team, and what a channel-less team will get.
        for (const t of teams) add(`local:team-${slugOf(t.name)}`, `#team-${slugOf(t.name)} (playground)`);
      } else if (org.externalId !== '') {
        // Conversation refs carry no organisation column: only those naming this workspace/tenant are ours.
        const refs = await prisma.conversationRef.findMany({ where: { platform: org.platform, key: { startsWith: CHANNEL_PREFIX } }, orderBy: { updatedAt: 'desc' }, take: 500 });
        for (const r of refs) if (JSON.stringify(r.ref).includes(org.externalId)) add(r.key.slice(CHANNEL_PREFIX.length), r.key.slice(CHANNEL_PREFIX.length));
      }
      return [...options.values()];
    },
    async platformOf(organisationId) {
      return prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { platform: true, externalId: true } });
    },
    async write(work) {
      return prisma.$transaction(async (tx) => work({
        register: createRegisterStore(tx),
        staff: createStaffStore(tx),
        async audit(e) {
          await tx.auditEvent.create({ data: {
            organisationId: e.organisationId, actorStaffId: e.actorStaffId, action: e.action, subject: e.subject,
            ...(e.details ? { details: e.details as Prisma.InputJsonValue } : {}),
          } });
        },
      }));
    },
  };
}
