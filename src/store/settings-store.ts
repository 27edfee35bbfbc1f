// Team settings changes, each in one transaction with its AuditEvent.
import type { Team } from '../core/register.ts';
import type { SettingsAudit, SettingsPorts } from '../features/settings/settings-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

type TeamRow = Awaited<ReturnType<PrismaClient['team']['findFirstOrThrow']>>;

function toTeam(row: TeamRow): Team {
  const { createdAt: _c, updatedAt: _u, ...team } = row;
  return team;
}

function auditData(subject: string, audit: SettingsAudit): Prisma.AuditEventUncheckedCreateInput {
  return {
    organisationId: audit.organisationId, actorStaffId: audit.actorStaffId, action: audit.action, subject,
    ...(audit.details ? { details: audit.details as Prisma.InputJsonValue } : {}),
  };
}

export function createSettingsStore(prisma: PrismaClient): SettingsPorts {
  return {
    async listTeams(organisationId) {
      return (await prisma.team.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } })).map(toTeam);
    },
    async changeTeam(teamId, fields, audit) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.team.update({ where: { id: teamId }, data: fields });
        await tx.auditEvent.create({ data: auditData(teamId, audit) });
        return toTeam(row);
      });
    },
    async changeMember(teamId, staffId, change, audit) {
      await prisma.$transaction(async (tx) => {
        const where = { teamId_staffId: { teamId, staffId } };
        if (change === 'remove') await tx.teamMembership.deleteMany({ where: { teamId, staffId } });
        else await tx.teamMembership.upsert({ where, create: { teamId, staffId, isLead: change === 'make_lead' }, update: change === 'make_lead' ? { isLead: true } : {} });
        await tx.auditEvent.create({ data: auditData(teamId, audit) });
      });
    },
    async findOrganisationSettings(organisationId) {
      const row = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { neverContactedGraceDays: true, managementCheckinCadence: true } });
      return { neverContactedGraceDays: row.neverContactedGraceDays, managementCheckinCadence: row.managementCheckinCadence === 'quarterly' ? 'quarterly' : 'monthly' };
    },
    async changeOrganisation(organisationId, fields, audit) {
      await prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: organisationId }, data: fields });
        await tx.auditEvent.create({ data: auditData(organisationId, audit) });
      });
    },
    async recordAudit(subject, audit) {
      await prisma.auditEvent.create({ data: auditData(subject, audit) });
    },
  };
}
