// Collaborations (samenwerkingen) with their partners and participants over Prisma.
import type { Collaboration, CollaborationStore } from '../features/collaboration/collaboration-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

export const COLLABORATION_INCLUDE = {
  owner: { select: { name: true } },
  partners: { select: { partner: { select: { id: true, name: true } } }, orderBy: { partner: { name: 'asc' as const } } },
  participants: { select: { staff: { select: { id: true, name: true } } }, orderBy: { staff: { name: 'asc' as const } } },
} satisfies Prisma.CollaborationInclude;
type Row = Prisma.CollaborationGetPayload<{ include: typeof COLLABORATION_INCLUDE }>;

export function toCollaboration(row: Row): Collaboration {
  return {
    id: row.id, organisationId: row.organisationId, name: row.name,
    ownerId: row.ownerId, ownerName: row.owner?.name ?? null,
    resultGoal: row.resultGoal, startDate: row.startDate ? row.startDate.toISOString().slice(0, 10) : null,
    stage: row.stage, scanIntervalMonths: row.scanIntervalMonths, createdAt: row.createdAt,
    partners: row.partners.map((p) => p.partner),
    participants: row.participants.map((p) => p.staff),
  };
}

export function createCollaborationStore(prisma: PrismaClient): CollaborationStore {
  return {
    async listCollaborations(organisationId) {
      return (await prisma.collaboration.findMany({ where: { organisationId }, include: COLLABORATION_INCLUDE, orderBy: { name: 'asc' } })).map(toCollaboration);
    },
    async findCollaboration(organisationId, id) {
      const row = await prisma.collaboration.findFirst({ where: { id, organisationId }, include: COLLABORATION_INCLUDE });
      return row ? toCollaboration(row) : null;
    },
    async listForPartner(organisationId, partnerId) {
      return (await prisma.collaboration.findMany({
        where: { organisationId, partners: { some: { partnerId } } }, include: COLLABORATION_INCLUDE, orderBy: { name: 'asc' },
      })).map(toCollaboration);
    },
    async listPeople(organisationId) {
      return prisma.staff.findMany({ where: { organisationId }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
    },
    async listPartners(organisationId) {
      return prisma.partner.findMany({ where: { organisationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
    },
    async leadsMember(leadId, staffId) {
      return (await prisma.teamMembership.count({ where: { staffId, team: { members: { some: { staffId: leadId, isLead: true } } } } })) > 0;
    },
    async saveCollaboration(organisationId, id, input, actorStaffId, at) {
      return prisma.$transaction(async (tx) => {
        // Partners and people of another organisation are refused, not silently dropped.
        const staffIds = [...new Set([...input.participantIds, ...(input.ownerId ? [input.ownerId] : [])])];
        // One after the other: a transaction is one connection (pg@9 refuses overlapping queries on it).
        const staffFound = await tx.staff.count({ where: { organisationId, id: { in: staffIds } } });
        const partnersFound = await tx.partner.count({ where: { organisationId, id: { in: input.partnerIds } } });
        if (staffFound !== staffIds.length || partnersFound !== new Set(input.partnerIds).size) return { ok: false as const, reason: 'unknown_people' as const };
        const clash = await tx.collaboration.findFirst({ where: { organisationId, name: { equals: input.name, mode: 'insensitive' }, ...(id ? { NOT: { id } } : {}) }, select: { id: true } });
        if (clash) return { ok: false as const, reason: 'duplicate_name' as const };
        const data = {
          name: input.name, ownerId: input.ownerId, resultGoal: input.resultGoal,
          startDate: input.startDate ? new Date(`${input.startDate}T00:00:00Z`) : null,
          stage: input.stage, scanIntervalMonths: input.scanIntervalMonths,
        };
        let savedId: string;
        if (id) {
          const found = await tx.collaboration.updateMany({ where: { id, organisationId }, data });
          if (found.count === 0) return { ok: false as const, reason: 'not_found' as const };
          savedId = id;
          await tx.collaborationPartner.deleteMany({ where: { collaborationId: id } });
          await tx.collaborationParticipant.deleteMany({ where: { collaborationId: id } });
        } else {
          savedId = (await tx.collaboration.create({ data: { ...data, organisationId, createdAt: at }, select: { id: true } })).id;
        }
        await tx.collaborationPartner.createMany({ data: [...new Set(input.partnerIds)].map((partnerId) => ({ collaborationId: savedId, partnerId })) });
        await tx.collaborationParticipant.createMany({ data: [...new Set(input.participantIds)].map((staffId) => ({ collaborationId: savedId, staffId })) });
        // The result goal stays out of the audit trail: free text.
        await tx.auditEvent.create({
          data: { organisationId, actorStaffId, createdAt: at, action: id ? 'collaboration.updated' : 'collaboration.created', subject: savedId, details: { stage: input.stage, partners: input.partnerIds.length, participants: input.participantIds.length } },
        });
        return { ok: true as const, id: savedId };
      });
    },
  };
}
