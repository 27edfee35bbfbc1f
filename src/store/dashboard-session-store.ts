// Magic links and dashboard sessions. Only token hashes are stored; a link is
// redeemed with one conditional UPDATE so two clicks can never both log in.
import type { DashboardSessionPorts } from '../dashboard/dashboard-session-ports.ts';
import { pickLanguage } from '../core/i18n/translator.ts';
import type { DashboardAccessPorts } from '../features/dashboard-access/dashboard-access-ports.ts';
import type { PrismaClient } from './generated/client.ts';
import { createOutboxStore } from './outbox-store.ts';

export function createDashboardSessionStore(prisma: PrismaClient): DashboardSessionPorts & DashboardAccessPorts {
  return {
    async createMagicLink(link, buildDelivery) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.magicLink.create({ data: link, select: { id: true } });
        await createOutboxStore(tx).enqueue([{ key: `dashboard-link:${row.id}`, delivery: buildDelivery(row.id) }]);
        return row;
      });
    },
    async redeemMagicLink(tokenHash, now) {
      const res = await prisma.magicLink.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const row = await prisma.magicLink.findUnique({ where: { tokenHash }, select: { staffId: true, usedAt: true } });
      if (!row) return { ok: false, reason: 'unknown' };
      if (res.count === 1) return { ok: true, staffId: row.staffId };
      return { ok: false, reason: row.usedAt ? 'used' : 'expired' };
    },
    async createSession(staffId, tokenHash, expiresAt) {
      await prisma.dashboardSession.create({ data: { staffId, tokenHash, expiresAt } });
    },
    async findViewer(tokenHash, now) {
      const session = await prisma.dashboardSession.findUnique({
        where: { tokenHash },
        include: { staff: { include: { organisation: true, memberships: { include: { team: true } } } } },
      });
      if (!session || session.expiresAt <= now) return null;
      const staff = session.staff;
      const leadTeamIds = staff.memberships.filter((m) => m.isLead).map((m) => m.teamId);
      const members = leadTeamIds.length === 0 ? [] : await prisma.teamMembership.findMany({
        where: { teamId: { in: leadTeamIds } }, select: { staffId: true },
      });
      const firstTeam = staff.memberships[0]?.team;
      return {
        staffId: staff.id,
        name: staff.name,
        role: staff.role,
        organisationId: staff.organisationId,
        language: pickLanguage(staff.language, firstTeam?.language, staff.organisation.language),
        timeZone: staff.timezone ?? firstTeam?.timezone ?? staff.organisation.timezone,
        teamIds: staff.memberships.map((m) => m.teamId),
        leadTeamIds,
        leadTeamMemberIds: [...new Set(members.map((m) => m.staffId))],
      };
    },
    async endSession(tokenHash) {
      await prisma.dashboardSession.deleteMany({ where: { tokenHash } });
    },
    async listPeople() {
      const rows = await prisma.staff.findMany({
        orderBy: [{ role: 'desc' }, { name: 'asc' }],
        take: 200,
        include: { memberships: { include: { team: { select: { name: true } } } } },
      });
      return rows.map((s) => ({ id: s.id, name: s.name, role: s.role, teamNames: s.memberships.map((m) => m.team.name) }));
    },
    async staffExists(staffId) {
      return (await prisma.staff.count({ where: { id: staffId } })) === 1;
    },
    async findTeamsStaff({ tenantId, objectId, email }) {
      const organisation = await prisma.organisation.findFirst({ where: { platform: 'teams', externalId: tenantId }, select: { id: true } });
      if (!organisation) return { ok: false, reason: 'tenant_not_bound' };
      const identity = await prisma.staffIdentity.findUnique({
        where: { platform_platformOrgId_platformUserId: { platform: 'teams', platformOrgId: tenantId, platformUserId: objectId } },
        select: { staff: { select: { id: true, organisationId: true } } },
      });
      if (identity?.staff.organisationId === organisation.id) return { ok: true, staffId: identity.staff.id };
      const byEmail = email ? await prisma.staff.findFirst({ where: { organisationId: organisation.id, email: { equals: email, mode: 'insensitive' } }, select: { id: true } }) : null;
      return byEmail ? { ok: true, staffId: byEmail.id } : { ok: false, reason: 'unknown_person' };
    },
  };
}
