// The handover after an absence over Prisma. awaySince is a calendar day that
// travels as UTC midnight, like awayUntil.
import type { HandoverPorts } from '../features/nudge/handover-ports.ts';
import type { PrismaClient } from './generated/client.ts';
import { createOutboxStore } from './outbox-store.ts';

const day = (localDate: string) => new Date(`${localDate}T00:00:00Z`);
const dateOf = (d: Date) => d.toISOString().slice(0, 10);

export function createHandoverStore(prisma: PrismaClient): HandoverPorts {
  return {
    async markAwaySince(staffId, localDate) {
      await prisma.staff.updateMany({ where: { id: staffId, awaySince: null }, data: { awaySince: day(localDate) } });
    },
    async listReturned(where, localDate) {
      const rows = await prisma.staff.findMany({
        where: {
          awaySince: { not: null },
          OR: [{ awayUntil: null }, { awayUntil: { lt: day(localDate) } }],
          ...('teamId' in where ? { memberships: { some: { teamId: where.teamId } } } : { id: where.staffId }),
        },
        select: { id: true, name: true, organisationId: true, language: true, awaySince: true },
        orderBy: { name: 'asc' },
      });
      return rows.map((r) => ({ staffId: r.id, staffName: r.name, organisationId: r.organisationId, language: r.language, awaySince: dateOf(r.awaySince!) }));
    },
    async listAbsenceEvents(staffId, since) {
      // Only the levels the person owns: another level of the same partner is someone else's relation.
      const owned = await prisma.assignment.findMany({ where: { staffId, kind: 'owner' }, select: { partnerId: true, level: true } });
      if (owned.length === 0) return { contacts: [], nudges: [] };
      const others = { OR: owned.map((a) => ({ partnerId: a.partnerId, level: a.level })), staffId: { not: staffId } };
      const [contacts, nudges] = await Promise.all([
        prisma.contactMoment.findMany({
          where: { ...others, occurredAt: { gte: day(since) } },
          select: { partner: { select: { name: true } }, staff: { select: { name: true } } },
          orderBy: { occurredAt: 'asc' },
        }),
        prisma.nudge.findMany({
          where: { ...others, sentAt: { gte: day(since) }, AND: [{ OR: [{ outcome: null }, { outcome: { not: 'escalated' } }] }] },
          select: { outcome: true, partner: { select: { name: true } }, staff: { select: { name: true } } },
          orderBy: { sentAt: 'asc' },
        }),
      ]);
      return {
        contacts: contacts.map((c) => ({ partnerName: c.partner.name, byName: c.staff?.name ?? '?' })),
        nudges: nudges.map((n) => ({ partnerName: n.partner.name, coverName: n.staff.name, outcome: n.outcome })),
      };
    },
    async completeHandover(staffId, awaySince, outbox) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.staff.updateMany({ where: { id: staffId, awaySince: day(awaySince) }, data: { awaySince: null } });
        if (count === 1) await createOutboxStore(tx).enqueue(outbox);
        return count === 1;
      });
    },
  };
}
