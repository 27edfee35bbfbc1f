// Assignments (staff ↔ partner at a level) and contact moments over Prisma.
// A contact moment is written together with its audit event, or not at all.
import type { Assignment, ContactMoment } from '../core/register.ts';
import type { ContactStore } from '../register/register-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

export function createContactStore(prisma: PrismaClient): ContactStore {
  return {
    async putAssignment(staffId, partnerId, level, kind) {
      return toAssignment(await prisma.assignment.upsert({
        where: { staffId_partnerId_level: { staffId, partnerId, level } },
        create: { staffId, partnerId, level, kind },
        update: { kind },
      }));
    },
    async removeAssignment(staffId, partnerId, level) {
      return (await prisma.assignment.deleteMany({ where: { staffId, partnerId, level } })).count > 0;
    },
    async listAssignmentsOfStaff(staffId) {
      const rows = await prisma.assignment.findMany({ where: { staffId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toAssignment);
    },
    async listAssignmentsOfPartner(partnerId) {
      const rows = await prisma.assignment.findMany({ where: { partnerId }, orderBy: [{ level: 'asc' }, { createdAt: 'asc' }] });
      return rows.map(toAssignment);
    },
    async recordContactMoment(moment, audit) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.contactMoment.create({ data: moment });
        // The note stays out of the audit trail: it is free text about people.
        await tx.auditEvent.create({
          data: {
            ...audit,
            subject: `partner:${row.partnerId}`,
            details: { contactMomentId: row.id, level: row.level, channel: row.channel, source: row.source },
          },
        });
        return toContactMoment(row);
      });
    },
    async listContactMoments(partnerId) {
      const rows = await prisma.contactMoment.findMany({ where: { partnerId }, orderBy: { occurredAt: 'desc' } });
      return rows.map(toContactMoment);
    },
  };
}

function toAssignment(row: Prisma.AssignmentGetPayload<object>): Assignment {
  const { id, staffId, partnerId, level, kind } = row;
  return { id, staffId, partnerId, level, kind };
}

function toContactMoment(row: Prisma.ContactMomentGetPayload<object>): ContactMoment {
  const { id, partnerId, staffId, occurredAt, channel, level, note, source, createdAt } = row;
  return { id, partnerId, staffId, occurredAt, channel, level, note, source, createdAt };
}
