// Candidates for the monthly introductions and their record, over Prisma.
import type { Level } from '../core/register-types.ts';
import { pairKey, type Knower } from '../domain/pair-introductions.ts';
import type { IntroductionStore } from '../features/network/introduction-ports.ts';
import type { PrismaClient } from './generated/client.ts';

const MAX_KNOWERS = 500;

export function createIntroductionStore(prisma: PrismaClient): IntroductionStore {
  return {
    async loadCandidates(teamId, joinedSince, tiesSince, pairsSince) {
      const team = await prisma.team.findUniqueOrThrow({ where: { id: teamId }, select: { organisationId: true, members: { select: { staffId: true } } } });
      const memberIds = team.members.map((m) => m.staffId);
      const rows = await prisma.staff.findMany({
        where: { id: { in: memberIds }, createdAt: { gte: joinedSince }, introductionsOptOut: false },
        select: { id: true, name: true, expertise: true, assignments: { select: { partnerId: true } } },
        orderBy: { createdAt: 'desc' },
      });
      const newcomers = rows.map((r) => ({ staffId: r.id, name: r.name, expertise: r.expertise, partnerIds: [...new Set(r.assignments.map((a) => a.partnerId))] }));
      if (newcomers.length === 0) return { newcomers, knowers: [], recentPairs: new Set() };
      const partnerIds = [...new Set(newcomers.flatMap((n) => n.partnerIds))];
      const topics = [...new Set(newcomers.flatMap((n) => n.expertise))];
      const outsider = { organisationId: team.organisationId, id: { notIn: memberIds }, introductionsOptOut: false };
      const [assigned, contacted, byTopic, partners, recent] = await Promise.all([
        prisma.assignment.findMany({ where: { partnerId: { in: partnerIds }, staff: outsider }, select: { staffId: true, partnerId: true, level: true } }),
        prisma.contactMoment.groupBy({
          by: ['staffId', 'partnerId', 'level'], _max: { occurredAt: true },
          where: { partnerId: { in: partnerIds }, occurredAt: { gte: tiesSince }, staff: outsider },
        }),
        topics.length ? prisma.staff.findMany({ where: { ...outsider, expertise: { hasSome: topics } }, select: { id: true }, take: MAX_KNOWERS }) : [],
        prisma.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } }),
        prisma.introduction.findMany({
          where: { sentAt: { gte: pairsSince }, OR: [{ staffAId: { in: memberIds } }, { staffBId: { in: memberIds } }] },
          select: { staffAId: true, staffBId: true },
        }),
      ]);
      const nameOf = new Map(partners.map((p) => [p.id, p.name]));
      const knows = new Map<string, Knower['knows']>();
      const add = (staffId: string, partnerId: string, level: Level, at: Date | null) => {
        const list = knows.get(staffId) ?? [];
        const same = list.find((k) => k.partnerId === partnerId && k.level === level);
        if (same) same.lastContactAt = at && (!same.lastContactAt || at > same.lastContactAt) ? at : same.lastContactAt;
        else list.push({ partnerId, partnerName: nameOf.get(partnerId) ?? '', level, lastContactAt: at });
        knows.set(staffId, list);
      };
      for (const a of assigned) add(a.staffId, a.partnerId, a.level, null);
      for (const c of contacted) if (c.staffId) add(c.staffId, c.partnerId, c.level, c._max.occurredAt);
      const ids = [...new Set([...knows.keys(), ...byTopic.map((s) => s.id)])].slice(0, MAX_KNOWERS);
      const people = await prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, expertise: true }, orderBy: { id: 'asc' } });
      return {
        newcomers,
        knowers: people.map((p) => ({ staffId: p.id, name: p.name, expertise: p.expertise, knows: knows.get(p.id) ?? [] })),
        recentPairs: new Set(recent.map((r) => pairKey(r.staffAId, r.staffBId))),
      };
    },
    async recordIntroductions(organisationId, pairs, at) {
      await prisma.introduction.createMany({
        data: pairs.map((p) => {
          const [a, b] = [p.newcomer.staffId, p.knower.staffId].sort() as [string, string];
          return {
            organisationId, staffAId: a, staffBId: b, sentAt: at,
            ...(p.reason.kind === 'partner' ? { partnerId: p.reason.partnerId, level: p.reason.level } : { topic: p.reason.topic }),
          };
        }),
      });
    },
    async setTeamIntroductions(teamId, enabled) {
      await prisma.team.update({ where: { id: teamId }, data: { introductionsEnabled: enabled } });
    },
    async isTeamIntroducing(teamId) {
      return (await prisma.team.findUnique({ where: { id: teamId }, select: { introductionsEnabled: true } }))?.introductionsEnabled ?? false;
    },
    async setOptOut(staffId, optOut) {
      await prisma.staff.update({ where: { id: staffId }, data: { introductionsOptOut: optOut } });
    },
  };
}
