// Everything the partner briefing shows, read over Prisma in a handful of small
// queries keyed on one partner (all index-backed).
import { LEVELS } from '../core/register-types.ts';
import type { BriefingLevelContact, BriefingStore, PartnerBriefingData } from '../features/network/briefing-ports.ts';
import type { PrismaClient } from './generated/client.ts';

const MAX_COMMITMENTS = 10;
const MAX_SUCCESSES = 5;

export function createBriefingStore(prisma: PrismaClient): BriefingStore {
  return {
    async loadBriefing(partnerId, platform, since) {
      const partner = await prisma.partner.findUnique({
        where: { id: partnerId },
        include: { category: { select: { name: true, requiredLevels: true } } },
      });
      if (!partner) return null;
      const [assignments, contacts, commitments, successes, lastContacts] = await Promise.all([
        prisma.assignment.findMany({
          where: { partnerId },
          include: { staff: { select: { name: true, email: true, phone: true, identities: { where: { platform }, select: { platformUserId: true }, take: 1 } } } },
          orderBy: [{ level: 'asc' }, { kind: 'asc' }, { createdAt: 'asc' }],
        }),
        prisma.partnerContact.findMany({ where: { partnerId }, orderBy: [{ level: 'asc' }, { name: 'asc' }] }),
        prisma.commitment.findMany({
          where: { partnerId, state: 'open' }, include: { staff: { select: { name: true } } },
          orderBy: { createdAt: 'desc' }, take: MAX_COMMITMENTS,
        }),
        prisma.successPartner.findMany({
          where: { partnerId, success: { createdAt: { gte: since } } },
          include: { success: { select: { title: true, createdAt: true, author: { select: { name: true } } } } },
          orderBy: { success: { createdAt: 'desc' } }, take: MAX_SUCCESSES,
        }),
        lastContactPerLevel(prisma, partnerId),
      ]);
      const data: PartnerBriefingData = {
        id: partner.id,
        name: partner.name,
        categoryName: partner.category?.name ?? null,
        sector: partner.sector,
        region: partner.region,
        requiredLevels: partner.category?.requiredLevels ?? [],
        owners: assignments.map((a) => ({
          staffId: a.staffId, name: a.staff.name, email: a.staff.email, phone: a.staff.phone,
          platformUserId: a.staff.identities[0]?.platformUserId ?? null, level: a.level, kind: a.kind,
        })),
        lastContacts,
        contactPersons: contacts.map((c) => ({ name: c.name, jobTitle: c.jobTitle, level: c.level, email: c.email, phone: c.phone, expertise: c.expertise })),
        openCommitments: commitments.map((c) => ({
          text: c.text, staffName: c.staff.name, dueDate: c.dueDate ? c.dueDate.toISOString().slice(0, 10) : null, createdAt: c.createdAt,
        })),
        recentSuccesses: successes.map((s) => ({ title: s.success.title, authorName: s.success.author.name, createdAt: s.success.createdAt })),
      };
      return data;
    },
  };
}

/** The newest moment per level and who had it (the (partner, level, occurredAt) index). */
async function lastContactPerLevel(prisma: PrismaClient, partnerId: string): Promise<BriefingLevelContact[]> {
  const rows = await Promise.all(LEVELS.map((level) => prisma.contactMoment.findFirst({
    where: { partnerId, level }, orderBy: { occurredAt: 'desc' }, select: { occurredAt: true, staff: { select: { name: true } } },
  })));
  return rows.flatMap((r, i) => (r ? [{ level: LEVELS[i]!, at: r.occurredAt, byName: r.staff?.name ?? null }] : []));
}

