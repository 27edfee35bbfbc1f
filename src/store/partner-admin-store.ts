// The beheer pages' register writes over Prisma: merging two partners, moving an
// assignment (and settling a reassign-queue item), removing a contact person, and
// the audit events that go with them, each in one transaction.
import { dedupeIgnoringCase } from '../core/register.ts';
import type { MergeCounts, PartnerAdminWrites, RegisterAuditEvent } from '../register/partner-admin-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

type Tx = Prisma.TransactionClient;

function audit(tx: Tx, e: RegisterAuditEvent, extra: Record<string, unknown> = {}) {
  return tx.auditEvent.create({
    data: { organisationId: e.organisationId, actorStaffId: e.actorStaffId, action: e.action, subject: e.subject, details: { ...e.details, ...extra } as Prisma.InputJsonObject, createdAt: e.at },
  });
}

export function createPartnerAdminStore(prisma: PrismaClient): PartnerAdminWrites {
  return {
    async mergePartners({ organisationId, keepId, dropId, audit: event }) {
      return prisma.$transaction(async (tx) => {
        // One after the other: a transaction is one connection (pg@9 refuses overlapping queries on it).
        const keep = await tx.partner.findFirstOrThrow({ where: { id: keepId, organisationId } });
        const drop = await tx.partner.findFirstOrThrow({ where: { id: dropId, organisationId } });
        const counts = await moveReferences(tx, keepId, dropId);
        await tx.partner.delete({ where: { id: dropId } });
        const aliases = dedupeIgnoringCase([...keep.aliases, drop.name, ...drop.aliases])
          .filter((a) => a.toLowerCase() !== keep.name.toLowerCase());
        await tx.partner.update({
          where: { id: keepId },
          data: {
            aliases,
            // The kept partner's own fields win; empty ones are filled from the merged one.
            categoryId: keep.categoryId ?? drop.categoryId, sector: keep.sector ?? drop.sector,
            region: keep.region ?? drop.region, externalId: keep.externalId ?? drop.externalId,
            archivedAt: keep.archivedAt && drop.archivedAt ? keep.archivedAt : null,
          },
        });
        await audit(tx, event, { moved: counts });
        return counts;
      });
    },

    async moveAssignment(move, event, settle) {
      return prisma.$transaction(async (tx) => {
        const from = await tx.assignment.findUnique({ where: { staffId_partnerId_level: { staffId: move.fromStaffId, partnerId: move.partnerId, level: move.level } } });
        if (!from) return false;
        if (settle) {
          const { count } = await tx.nudge.updateMany({
            where: { id: settle.nudgeId, outcome: 'not_mine', queueHandling: null },
            data: { queueHandling: 'reassigned', queueHandledAt: settle.at, queueHandledBy: settle.by },
          });
          if (count !== 1) return false;
        }
        await tx.assignment.delete({ where: { id: from.id } });
        await tx.assignment.upsert({
          where: { staffId_partnerId_level: { staffId: move.toStaffId, partnerId: move.partnerId, level: move.level } },
          create: { staffId: move.toStaffId, partnerId: move.partnerId, level: move.level, kind: from.kind },
          // Already co-owner and now taking over: the stronger kind wins.
          update: from.kind === 'owner' ? { kind: 'owner' } : {},
        });
        await audit(tx, event);
        return true;
      });
    },

    async settleQueueNudge(nudgeId, handling, by, event) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.nudge.updateMany({
          where: { id: nudgeId, outcome: 'not_mine', queueHandling: null },
          data: { queueHandling: handling, queueHandledAt: event.at, queueHandledBy: by },
        });
        if (count === 1) await audit(tx, event);
        return count === 1;
      });
    },

    async findQueueNudge(nudgeId) {
      const row = await prisma.nudge.findFirst({
        where: { id: nudgeId, outcome: 'not_mine' },
        select: { id: true, staffId: true, partnerId: true, level: true, queueHandling: true, partner: { select: { organisationId: true } } },
      });
      if (!row) return null;
      const assignment = await prisma.assignment.count({ where: { staffId: row.staffId, partnerId: row.partnerId, level: row.level } });
      return {
        id: row.id, organisationId: row.partner.organisationId, staffId: row.staffId, partnerId: row.partnerId, level: row.level,
        handled: row.queueHandling !== null, assignmentInPlace: assignment > 0,
      };
    },

    async deletePartnerContact(id) {
      return (await prisma.partnerContact.deleteMany({ where: { id } })).count === 1;
    },

    async recordAudit(event) {
      await audit(prisma as unknown as Tx, event);
    },
  };
}

// Every row that points at the merged partner moves to the kept one; where the kept
// one already has the same row (assignment, contact person, success link) the
// merged one's copy is dropped instead, so nothing is doubled.
async function moveReferences(tx: Tx, keepId: string, dropId: string): Promise<MergeCounts> {
  const counts: MergeCounts = {};
  const kept = await tx.assignment.findMany({ where: { partnerId: keepId } });
  let assignments = 0;
  for (const a of await tx.assignment.findMany({ where: { partnerId: dropId } })) {
    const twin = kept.find((k) => k.staffId === a.staffId && k.level === a.level);
    if (twin) {
      if (a.kind === 'owner' && twin.kind !== 'owner') await tx.assignment.update({ where: { id: twin.id }, data: { kind: 'owner' } });
      await tx.assignment.delete({ where: { id: a.id } });
    } else {
      await tx.assignment.update({ where: { id: a.id }, data: { partnerId: keepId } });
      assignments++;
    }
  }
  counts.assignments = assignments;
  const keptContacts = new Set((await tx.partnerContact.findMany({ where: { partnerId: keepId }, select: { name: true } })).map((c) => c.name));
  let contacts = 0;
  for (const c of await tx.partnerContact.findMany({ where: { partnerId: dropId } })) {
    if (keptContacts.has(c.name)) await tx.partnerContact.delete({ where: { id: c.id } });
    else { await tx.partnerContact.update({ where: { id: c.id }, data: { partnerId: keepId } }); contacts++; }
  }
  counts.contacts = contacts;
  await tx.successPartner.deleteMany({ where: { partnerId: dropId, success: { partners: { some: { partnerId: keepId } } } } });
  counts.successes = (await tx.successPartner.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  counts.contactMoments = (await tx.contactMoment.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  counts.nudges = (await tx.nudge.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  counts.commitments = (await tx.commitment.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  counts.planGoals = (await tx.planGoal.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  counts.introductions = (await tx.introduction.updateMany({ where: { partnerId: dropId }, data: { partnerId: keepId } })).count;
  // Recognised partners of check-in answers: a uuid[] column without a foreign key.
  counts.checkinAnswers = await tx.$executeRaw`
    UPDATE "CheckInAnswer" SET "partnerIds" = (
      SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(array_replace("partnerIds", ${dropId}, ${keepId})) AS x)
    WHERE ${dropId} = ANY("partnerIds")`;
  return counts;
}
