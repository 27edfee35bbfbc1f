// The beheer pages' reads: the partner list (searched like the bot reads names),
// assignments with names, the people to choose from, and the reassign queue.
import type { RegisterAdminQueries } from '../dashboard/beheer/register-admin-ports.ts';
import { matchesSearch, toSearchWords } from '../domain/name-search.ts';
import type { PrismaClient } from './generated/client.ts';

export function createRegisterAdminQueries(prisma: PrismaClient): RegisterAdminQueries {
  return {
    async listPartners(organisationId, { q, archived, page, pageSize }) {
      const rows = await prisma.partner.findMany({
        where: { organisationId, archivedAt: archived ? { not: null } : null },
        select: { id: true, name: true, aliases: true, region: true, archivedAt: true, category: { select: { name: true } }, _count: { select: { assignments: true } } },
      });
      // Accents, case and small typos do not matter (src/domain/name-search.ts), as in the bot.
      const words = toSearchWords(q ?? '');
      const found = rows.filter((p) => matchesSearch(words, [p.name, ...p.aliases])).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return {
        total: found.length,
        rows: found.slice((page - 1) * pageSize, page * pageSize).map((p) => ({
          id: p.id, name: p.name, aliases: p.aliases, categoryName: p.category?.name ?? null, region: p.region,
          archivedAt: p.archivedAt, ownerCount: p._count.assignments,
        })),
      };
    },
    async listPartnerNames(organisationId) {
      const rows = await prisma.partner.findMany({ where: { organisationId, archivedAt: null }, select: { name: true }, orderBy: { name: 'asc' } });
      return rows.map((r) => r.name);
    },
    async listAssignments(organisationId, { staffIds, partnerId, staffId }) {
      const rows = await prisma.assignment.findMany({
        where: {
          partner: { organisationId }, staff: { organisationId },
          ...(partnerId ? { partnerId } : {}),
          staffId: staffId ? (staffIds === null || staffIds.includes(staffId) ? staffId : { in: [] }) : staffIds === null ? undefined : { in: staffIds },
        },
        select: { partnerId: true, staffId: true, level: true, kind: true, partner: { select: { name: true } }, staff: { select: { name: true } } },
        orderBy: [{ partner: { name: 'asc' } }, { level: 'asc' }, { staff: { name: 'asc' } }],
        take: 1000,
      });
      return rows.map((r) => ({ partnerId: r.partnerId, partnerName: r.partner.name, staffId: r.staffId, staffName: r.staff.name, level: r.level, kind: r.kind }));
    },
    async listStaffChoices(organisationId, staffIds) {
      const rows = await prisma.staff.findMany({
        where: { organisationId, ...(staffIds === null ? {} : { id: { in: staffIds } }) },
        select: { id: true, name: true, awayUntil: true, memberships: { select: { teamId: true } }, assignments: { select: { partnerId: true } } },
        orderBy: { name: 'asc' },
      });
      return rows.map((r) => ({
        id: r.id, name: r.name, teamIds: r.memberships.map((m) => m.teamId),
        partnerCount: new Set(r.assignments.map((a) => a.partnerId)).size,
        awayUntil: r.awayUntil ? r.awayUntil.toISOString().slice(0, 10) : null,
      }));
    },
    async listQueue(organisationId, staffIds) {
      const rows = await prisma.nudge.findMany({
        where: {
          outcome: 'not_mine', queueHandling: null, partner: { organisationId },
          ...(staffIds === null ? {} : { staffId: { in: staffIds } }),
        },
        select: {
          id: true, staffId: true, partnerId: true, level: true, outcomeAt: true, sentAt: true,
          staff: { select: { name: true, memberships: { select: { teamId: true } } } }, partner: { select: { name: true } },
        },
        orderBy: [{ outcomeAt: 'desc' }, { sentAt: 'desc' }],
      });
      if (rows.length === 0) return [];
      const live = await prisma.assignment.findMany({
        where: { OR: rows.map((r) => ({ staffId: r.staffId, partnerId: r.partnerId, level: r.level })) },
        select: { staffId: true, partnerId: true, level: true },
      });
      const inPlace = new Set(live.map((a) => `${a.staffId}:${a.partnerId}:${a.level}`));
      const seen = new Set<string>();
      return rows.flatMap((r) => {
        const key = `${r.staffId}:${r.partnerId}:${r.level}`;
        // One line per assignment: the newest answer stands for repeated ones.
        if (!inPlace.has(key) || seen.has(key)) return [];
        seen.add(key);
        return [{
          nudgeId: r.id, staffId: r.staffId, staffName: r.staff.name, partnerId: r.partnerId, partnerName: r.partner.name,
          level: r.level, answeredAt: r.outcomeAt ?? r.sentAt, teamIds: r.staff.memberships.map((m) => m.teamId),
        }];
      });
    },
  };
}
