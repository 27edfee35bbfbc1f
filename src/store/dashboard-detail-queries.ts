// The partner and person pages. Scope is enforced here too: a partner is only
// returned when someone in scope is assigned to it, a person only when in scope.
import { LEVELS, type Level } from '../core/register-types.ts';
import type { PartnerDetail, PersonDetail, Scope } from '../dashboard/dashboard-query-ports.ts';
import { DEFAULT_CATEGORY_RULE, statusFor } from '../domain/contact-status.ts';
import type { PrismaClient } from './generated/client.ts';
import { createLapseQuery } from './lapse-query.ts';
import type { SqlSession } from './sql-session.ts';

const TIMELINE_LIMIT = 60;

export async function queryPartner(prisma: PrismaClient, scope: Scope, partnerId: string): Promise<PartnerDetail | null> {
  const p = await prisma.partner.findFirst({
    where: {
      id: partnerId, organisationId: scope.organisationId,
      ...(scope.staffIds ? { assignments: { some: { staffId: { in: scope.staffIds } } } } : {}),
    },
    include: {
      category: true,
      contacts: { orderBy: { name: 'asc' } },
      assignments: { include: { staff: { select: { name: true } } }, orderBy: [{ level: 'asc' }, { kind: 'asc' }] },
      moments: { orderBy: { occurredAt: 'desc' }, take: TIMELINE_LIMIT, include: { staff: { select: { name: true } } } },
      successes: { include: { success: { include: { author: { select: { name: true } } } } } },
    },
  });
  if (!p) return null;
  const rule = p.category ?? DEFAULT_CATEGORY_RULE;
  const levels = await Promise.all(LEVELS.map(async (level) => {
    const last = await prisma.contactMoment.findFirst({ where: { partnerId, level }, orderBy: { occurredAt: 'desc' }, select: { occurredAt: true } });
    const s = statusFor(last?.occurredAt ?? null, rule, scope.now, scope.timeZone);
    return { level, status: s.status, days: s.daysSince };
  }));
  const timeline: PartnerDetail['timeline'] = [
    ...p.moments.map((m) => ({ at: m.occurredAt, kind: 'contact' as const, level: m.level as Level, who: m.staff?.name ?? null, text: m.note ?? '' })),
    ...p.successes.map((s) => ({ at: s.success.createdAt, kind: 'success' as const, level: null, who: s.success.author.name, text: s.success.title })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, TIMELINE_LIMIT);
  return {
    id: p.id, name: p.name, categoryName: p.category?.name ?? null, sector: p.sector, region: p.region, levels,
    contacts: p.contacts.map((c) => ({ name: c.name, jobTitle: c.jobTitle, level: c.level })),
    owners: p.assignments.map((a) => ({ staffId: a.staffId, staffName: a.staff.name, level: a.level, kind: a.kind })),
    timeline,
  };
}

export async function queryPerson(prisma: PrismaClient, session: SqlSession, scope: Scope, staffId: string): Promise<PersonDetail | null> {
  if (scope.staffIds && !scope.staffIds.includes(staffId)) return null;
  const s = await prisma.staff.findFirst({
    where: { id: staffId, organisationId: scope.organisationId },
    include: {
      memberships: { include: { team: { select: { name: true } } } },
      commitments: { where: { state: 'open' }, orderBy: { createdAt: 'desc' }, take: 50, include: { partner: { select: { name: true } } } },
      answers: { orderBy: { createdAt: 'desc' }, take: 12, include: { round: { select: { periodKey: true } } } },
    },
  });
  if (!s) return null;
  const statuses = await createLapseQuery({ session }).assignmentStatuses({
    organisationId: scope.organisationId, staffId, now: scope.now, timeZone: scope.timeZone,
  });
  return {
    id: s.id, name: s.name, role: s.role, teamNames: s.memberships.map((m) => m.team.name),
    partners: statuses.map((a) => ({
      partnerId: a.partnerId, partnerName: a.partnerName, categoryName: a.categoryName, level: a.level, kind: a.kind,
      status: a.status, daysSince: a.daysSince === null ? null : Number(a.daysSince),
    })),
    commitments: s.commitments.map((c) => ({ id: c.id, text: c.text, partnerName: c.partner?.name ?? null, createdAt: c.createdAt, dueDate: c.dueDate })),
    answers: s.answers.map((a) => ({ periodKey: a.round.periodKey, done: a.done, planned: a.planned })),
  };
}
