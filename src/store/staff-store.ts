// Staff, their platform identities and teams over Prisma, returned as the plain
// objects of src/core/register.ts.
import { DomainError } from '../core/domain-error.ts';
import type { Staff, Team } from '../core/register.ts';
import type { StaffFields, StaffStore } from '../register/register-ports.ts';
import type { Prisma } from './generated/client.ts';
import { rethrowDuplicate } from './register-store.ts';

export function createStaffStore(prisma: Prisma.TransactionClient): StaffStore {
  return {
    async createStaff(organisationId, fields) {
      return toStaff(await rethrowDuplicate(prisma.staff.create({ data: { organisationId, ...toStaffData(fields), name: fields.name } }), staffDuplicate));
    },
    async updateStaff(id, fields) {
      return toStaff(await rethrowDuplicate(prisma.staff.update({ where: { id }, data: toStaffData(fields) }), staffDuplicate));
    },
    async findStaff(id) {
      const row = await prisma.staff.findUnique({ where: { id } });
      return row && toStaff(row);
    },
    async findStaffByEmail(organisationId, email) {
      const row = await prisma.staff.findFirst({ where: { organisationId, email: { equals: email.trim(), mode: 'insensitive' } } });
      return row && toStaff(row);
    },
    async linkIdentity({ staffId, platform, platformOrgId, platformUserId }) {
      await prisma.staffIdentity.upsert({
        where: { platform_platformOrgId_platformUserId: { platform, platformOrgId, platformUserId } },
        create: { staffId, platform, platformOrgId, platformUserId },
        update: { staffId },
      });
    },
    async findStaffByIdentity({ platform, platformOrgId, platformUserId }) {
      // One statement (EXISTS), not an identity read plus a relation load: it runs on every turn.
      const row = await prisma.staff.findFirst({ where: { identities: { some: { platform, platformOrgId, platformUserId } } } });
      return row && toStaff(row);
    },
    async createTeam(organisationId, fields) {
      return toTeam(await rethrowDuplicate(prisma.team.create({ data: { organisationId, ...fields } }), teamDuplicate));
    },
    async updateTeam(id, fields) {
      return toTeam(await rethrowDuplicate(prisma.team.update({ where: { id }, data: fields }), teamDuplicate));
    },
    async findTeam(id) {
      const row = await prisma.team.findUnique({ where: { id } });
      return row && toTeam(row);
    },
    async findTeamByName(organisationId, name) {
      const row = await prisma.team.findFirst({ where: { organisationId, name: { equals: name, mode: 'insensitive' } } });
      return row && toTeam(row);
    },
    async putTeamMember(teamId, staffId, isLead) {
      await prisma.teamMembership.upsert({
        where: { teamId_staffId: { teamId, staffId } },
        create: { teamId, staffId, isLead },
        update: { isLead },
      });
    },
    async removeTeamMember(teamId, staffId) {
      return (await prisma.teamMembership.deleteMany({ where: { teamId, staffId } })).count > 0;
    },
    async listTeamMembers(teamId) {
      const rows = await prisma.teamMembership.findMany({ where: { teamId }, include: { staff: true } });
      return rows.map((r) => ({ staff: toStaff(r.staff), isLead: r.isLead }))
        .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.staff.name.localeCompare(b.staff.name, 'nl'));
    },
    async listTeamsOfStaff(staffId) {
      const rows = await prisma.team.findMany({ where: { members: { some: { staffId } } }, orderBy: { name: 'asc' } });
      return rows.map(toTeam);
    },
    async listMembershipsOfStaff(staffId) {
      // One join on every turn, instead of a membership read plus a relation load.
      const rows = await prisma.$queryRaw<(Prisma.TeamGetPayload<object> & { isLead: boolean })[]>`
        SELECT t.*, m."isLead" FROM "TeamMembership" m JOIN "Team" t ON t.id = m."teamId"
        WHERE m."staffId" = ${staffId}::uuid ORDER BY t.name`;
      return rows.map(({ isLead, ...team }) => ({ team: toTeam(team), isLead }));
    },
  };
}

const staffDuplicate = () => new DomainError('staff_duplicate',
  'Er bestaat al een medewerker met dit e-mailadres of personeelsnummer in deze organisatie. Pas die medewerker aan in plaats van een nieuwe aan te maken.');
const teamDuplicate = () => new DomainError('team_duplicate',
  'Er bestaat al een team met deze naam in deze organisatie. Kies een andere naam.');

// awayUntil is a calendar day; PostgreSQL DATE travels as UTC midnight.
function toStaffData(fields: Partial<StaffFields>): Omit<Partial<StaffFields>, 'awayUntil'> & { awayUntil?: Date | null } {
  const { awayUntil, ...rest } = fields;
  if (awayUntil === undefined) return rest;
  return { ...rest, awayUntil: awayUntil === null ? null : new Date(`${awayUntil}T00:00:00Z`) };
}

export function toStaff(row: Prisma.StaffGetPayload<object>): Staff {
  return {
    id: row.id, organisationId: row.organisationId, name: row.name, email: row.email, externalId: row.externalId,
    role: row.role, expertise: row.expertise, awayUntil: row.awayUntil ? row.awayUntil.toISOString().slice(0, 10) : null,
    language: row.language, timezone: row.timezone,
  };
}

export function toTeam(row: Prisma.TeamGetPayload<object>): Team {
  const { createdAt: _c, updatedAt: _u, ...team } = row;
  return team;
}
