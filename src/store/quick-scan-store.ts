// Quick-scan rounds and answers over Prisma. Answers leave this file only without
// the person who gave them (AnonymousRound) or as aggregates; the AVG export reads
// a person's own answers separately (privacy-export.ts).
import type { AnonymousRound, ClosedScanRound, QuickScanStore, ScanRound } from '../features/collaboration/collaboration-ports.ts';
import { aggregateRound, type ScanScores } from '../domain/quick-scan-results.ts';
import { COLLABORATION_INCLUDE, toCollaboration } from './collaboration-store.ts';
import { createOutboxStore } from './outbox-store.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

type Tx = Prisma.TransactionClient;
const WITH_COUNT = { _count: { select: { answers: true } } } satisfies Prisma.QuickScanRoundInclude;
type RoundRow = Prisma.QuickScanRoundGetPayload<{ include: typeof WITH_COUNT }>;

function toRound(row: RoundRow): ScanRound {
  return {
    id: row.id, collaborationId: row.collaborationId, trigger: row.trigger === 'demand' ? 'demand' : 'schedule',
    openedAt: row.openedAt, remindAt: row.remindAt, closesAt: row.closesAt, remindedAt: row.remindedAt, closedAt: row.closedAt,
    invited: row.invited, respondents: row._count.answers,
  };
}

export function createQuickScanStore(prisma: PrismaClient): QuickScanStore {
  return {
    async openRound(round, messagesFor) {
      return prisma.$transaction(async (tx) => {
        await lock(tx, `quickscan:${round.collaborationId}`);
        if (await tx.quickScanRound.findFirst({ where: { collaborationId: round.collaborationId, closedAt: null }, select: { id: true } })) return null;
        const participants = (await tx.collaborationParticipant.findMany({ where: { collaborationId: round.collaborationId }, select: { staffId: true } })).map((p) => p.staffId);
        const row = await tx.quickScanRound.create({ data: { ...round, invited: participants.length }, include: WITH_COUNT });
        await createOutboxStore(tx).enqueue(messagesFor(row.id, participants));
        return toRound(row);
      });
    },
    async findRound(id) {
      const row = await prisma.quickScanRound.findUnique({ where: { id }, include: WITH_COUNT });
      return row ? toRound(row) : null;
    },
    async findOpenRound(collaborationId) {
      const row = await prisma.quickScanRound.findFirst({ where: { collaborationId, closedAt: null }, include: WITH_COUNT });
      return row ? toRound(row) : null;
    },
    async listScheduled(organisationId) {
      const rows = await prisma.collaboration.findMany({
        where: { organisationId, scanIntervalMonths: { gt: 0 }, participants: { some: {} } },
        include: { ...COLLABORATION_INCLUDE, rounds: { orderBy: { openedAt: 'desc' }, take: 1, select: { openedAt: true } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((row) => ({ collaboration: toCollaboration(row), lastOpenedAt: row.rounds[0]?.openedAt ?? null }));
    },
    async remindDue(organisationId, now, messagesFor) {
      return prisma.$transaction(async (tx) => {
        const due = await tx.quickScanRound.findMany({
          where: { collaboration: { organisationId }, closedAt: null, remindedAt: null, remindAt: { lte: now }, closesAt: { gt: now } },
          include: { ...WITH_COUNT, answers: { select: { staffId: true } }, collaboration: { select: { participants: { select: { staffId: true } } } } },
        });
        const reminded: ScanRound[] = [];
        for (const row of due) {
          // Claimed by the conditional update: one reminder, also with two instances.
          const claimed = await tx.quickScanRound.updateMany({ where: { id: row.id, remindedAt: null }, data: { remindedAt: now } });
          if (claimed.count === 0) continue;
          const answered = new Set(row.answers.map((a) => a.staffId));
          const round = toRound(row);
          const missing = row.collaboration.participants.map((p) => p.staffId).filter((id) => !answered.has(id));
          await createOutboxStore(tx).enqueue(messagesFor(round, missing));
          reminded.push(round);
        }
        return reminded;
      });
    },
    async closeDue(organisationId, now) {
      const due = await prisma.quickScanRound.findMany({ where: { collaboration: { organisationId }, closedAt: null, closesAt: { lte: now } }, include: WITH_COUNT });
      const closed: ScanRound[] = [];
      for (const row of due) {
        const claimed = await prisma.quickScanRound.updateMany({ where: { id: row.id, closedAt: null }, data: { closedAt: now } });
        if (claimed.count > 0) closed.push({ ...toRound(row), closedAt: now });
      }
      return closed;
    },
    async saveAnswer(roundId, staffId, scores, remark, at) {
      return prisma.$transaction(async (tx) => {
        await lock(tx, `quickscan-answer:${roundId}:${staffId}`);
        const round = await tx.quickScanRound.findUnique({ where: { id: roundId }, select: { closedAt: true, closesAt: true, collaborationId: true } });
        if (!round || round.closedAt || round.closesAt <= at) return 'closed' as const;
        const member = await tx.collaborationParticipant.findUnique({ where: { collaborationId_staffId: { collaborationId: round.collaborationId, staffId } } });
        if (!member) return 'not_participant' as const;
        const existing = await tx.quickScanAnswer.findUnique({ where: { roundId_staffId: { roundId, staffId } }, select: { id: true } });
        const data = { scores: scores as Prisma.InputJsonValue, remark, answeredAt: at };
        await tx.quickScanAnswer.upsert({ where: { roundId_staffId: { roundId, staffId } }, create: { roundId, staffId, ...data }, update: data });
        return existing ? 'updated' as const : 'saved' as const;
      });
    },
    async listRounds(collaborationId) {
      const rows = await prisma.quickScanRound.findMany({
        where: { collaborationId }, include: { ...WITH_COUNT, answers: { select: { scores: true, remark: true } } }, orderBy: { openedAt: 'asc' },
      });
      return rows.map((row): AnonymousRound => ({
        ...toRound(row),
        answers: row.answers.map((a) => a.scores as ScanScores),
        // Sorted, so the order says nothing about who wrote which.
        remarks: row.answers.flatMap((a) => (a.remark ? [a.remark] : [])).sort((a, b) => a.localeCompare(b)),
      }));
    },
    listScanRoundsClosedBetween: (organisationId, from, to) => listScanRoundsClosedBetween(prisma, organisationId, from, to),
    listClosedForTeam: (teamId, since) => listClosed(prisma, { collaboration: { owner: { memberships: { some: { teamId } } } }, closedAt: { gte: since } }),
  };
}

/** Rounds closed in [from, to): the management digest's collaboration lines. The weakest factor only from 3 respondents. */
async function listScanRoundsClosedBetween(prisma: PrismaClient, organisationId: string, from: Date, to: Date): Promise<ClosedScanRound[]> {
  return listClosed(prisma, { collaboration: { organisationId }, closedAt: { gte: from, lt: to } });
}

async function listClosed(prisma: PrismaClient, where: Prisma.QuickScanRoundWhereInput): Promise<ClosedScanRound[]> {
  const rows = await prisma.quickScanRound.findMany({
    where: { ...where, NOT: { closedAt: null } },
    select: { collaborationId: true, closedAt: true, collaboration: { select: { name: true } }, answers: { select: { scores: true } } },
    orderBy: { closedAt: 'asc' },
  });
  return rows.map((row) => {
    const result = aggregateRound(row.answers.map((a) => a.scores as ScanScores));
    const weakest = result.weakest;
    return {
      collaborationId: row.collaborationId, name: row.collaboration.name, closedAt: row.closedAt ?? new Date(0),
      respondents: result.respondents, weakestFactor: weakest,
      weakestMean: weakest ? result.factors.find((f) => f.factor === weakest)?.mean ?? null : null,
    };
  });
}

async function lock(tx: Tx, key: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text`;
}
