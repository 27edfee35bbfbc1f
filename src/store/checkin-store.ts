// Check-in rounds, answers and commitments over Prisma. Every state change and
// the messages it causes are written in one transaction.
import { systemClock, type Clock } from '../core/clock.ts';
import type { CheckInAnswer, CheckInRound, CheckinPorts, OutboxEntry } from '../features/checkin/checkin-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';
import { createOutboxStore } from './outbox-store.ts';

type Tx = Prisma.TransactionClient;
type RoundRow = Prisma.CheckInRoundGetPayload<object>;
type AnswerRow = Prisma.CheckInAnswerGetPayload<object>;

/** `clock` stamps createdAt: the bot's time, which the playground and tests move ahead of the database's. */
export function createCheckinStore(prisma: PrismaClient, clock: Clock = systemClock): CheckinPorts {
  return {
    async findRound(id) {
      return toRound(await prisma.checkInRound.findUnique({ where: { id } }));
    },
    async findTeamRound(teamId, periodKey) {
      return toRound(await prisma.checkInRound.findUnique({ where: { teamId_periodKey: { teamId, periodKey } } }));
    },
    async findLatestRound(teamId) {
      return toRound(await prisma.checkInRound.findFirst({ where: { teamId }, orderBy: { opensAt: 'desc' } }));
    },
    async findRoundByThread(threadRef, teamIds) {
      if (teamIds.length === 0) return null;
      return toRound(await prisma.checkInRound.findFirst({ where: { threadRef, teamId: { in: teamIds } }, orderBy: { opensAt: 'desc' } }));
    },
    async openRound(round, messagesFor) {
      return prisma.$transaction(async (tx) => {
        await lock(tx, `checkin-round:${round.teamId}`);
        const existing = await tx.checkInRound.findUnique({ where: { teamId_periodKey: { teamId: round.teamId, periodKey: round.periodKey } } });
        if (existing) return null;
        await tx.checkInRound.updateMany({ where: { teamId: round.teamId, state: 'open' }, data: { state: 'closed' } });
        const row = await tx.checkInRound.create({ data: round });
        await createOutboxStore(tx).enqueue(messagesFor(row.id));
        return toRound(row);
      });
    },
    async listOpenCommitments(staffId, roundId) {
      const rows = await prisma.commitment.findMany({ where: { staffId, roundId, state: 'open' }, orderBy: { createdAt: 'asc' } });
      return rows.map(({ id, text, partnerId }) => ({ id, text, partnerId }));
    },
    async listPartnerNames(organisationId) {
      return prisma.partner.findMany({
        where: { organisationId, archivedAt: null },
        select: { id: true, name: true, aliases: true },
        orderBy: { name: 'asc' },
      });
    },
    async findAnswer(roundId, staffId) {
      return toAnswer(await prisma.checkInAnswer.findUnique({ where: { roundId_staffId: { roundId, staffId } } }));
    },
    async findAnswerById(id) {
      return toAnswer(await prisma.checkInAnswer.findUnique({ where: { id } }));
    },
    async findAnswerByMessageRef(staffId, messageRef) {
      return toAnswer(await prisma.checkInAnswer.findFirst({ where: { staffId, messageRefs: { has: messageRef } }, orderBy: { createdAt: 'desc' } }));
    },
    async listAnswerers(roundId) {
      const rows = await prisma.checkInAnswer.findMany({ where: { roundId }, select: { staffId: true } });
      return rows.map((r) => r.staffId);
    },
    async saveAnswer(roundId, staffId, change, messagesFor) {
      return prisma.$transaction(async (tx) => {
        // Two replies arriving together must not overwrite each other's part.
        await lock(tx, `checkin-answer:${roundId}:${staffId}`);
        const current = toAnswer(await tx.checkInAnswer.findUnique({ where: { roundId_staffId: { roundId, staffId } } }));
        const update = change(current);
        const fields = {
          done: update.done, planned: update.planned, partnerIds: update.partnerIds,
          messageRefs: update.messageRefs, editCount: update.editCount,
        };
        const row = await tx.checkInAnswer.upsert({
          where: { roundId_staffId: { roundId, staffId } },
          create: { roundId, staffId, ...fields, createdAt: clock.now() },
          update: fields,
        });
        await dropCommitments(tx, staffId, roundId, update.dropCommitmentTexts);
        if (update.addCommitments.length > 0) {
          const createdAt = clock.now();
          await tx.commitment.createMany({ data: update.addCommitments.map((c) => ({ ...c, staffId, roundId, createdAt })) });
          await supersedeEarlier(tx, staffId, roundId, update.addCommitments.map((c) => c.text), createdAt);
        }
        const answer = toAnswer(row)!;
        if (messagesFor) await createOutboxStore(tx).enqueue(messagesFor(answer));
        return answer;
      });
    },
    async enqueue(entries: OutboxEntry[]) {
      return createOutboxStore(prisma).enqueue(entries);
    },
    async recordCheckinContact(contact) {
      const subject = `checkin-answer:${contact.answerId}:partner:${contact.partnerId}`;
      return prisma.$transaction(async (tx) => {
        await lock(tx, subject);
        const seen = await tx.auditEvent.findFirst({ where: { action: 'checkin.contact_confirmed', subject }, select: { id: true } });
        if (seen) return false;
        const row = await tx.contactMoment.create({
          data: {
            partnerId: contact.partnerId, staffId: contact.staffId, occurredAt: contact.occurredAt, level: contact.level,
            note: contact.note, source: 'checkin', channel: 'other',
          },
        });
        // The audit subject doubles as the idempotency key of the button; the note stays out (free text).
        await tx.auditEvent.create({
          data: {
            organisationId: contact.organisationId, actorStaffId: contact.staffId, action: 'checkin.contact_confirmed', subject,
            details: { contactMomentId: row.id, partnerId: contact.partnerId, level: row.level },
          },
        });
        return true;
      });
    },
  };
}

async function lock(tx: Tx, key: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))::text`;
}

/** Removes one open commitment per text (an item written twice was promised twice). */
async function dropCommitments(tx: Tx, staffId: string, roundId: string, texts: string[]): Promise<void> {
  if (texts.length === 0) return;
  const open = await tx.commitment.findMany({ where: { staffId, roundId, state: 'open' }, orderBy: { createdAt: 'asc' } });
  const ids: string[] = [];
  for (const text of texts) {
    const hit = open.find((c) => c.text === text && !ids.includes(c.id));
    if (hit) ids.push(hit.id);
  }
  if (ids.length > 0) await tx.commitment.deleteMany({ where: { id: { in: ids } } });
}

/** The same "ga doen" promised again: the earlier open one is carried into this round, so it is open once, not twice. */
async function supersedeEarlier(tx: Tx, staffId: string, roundId: string, texts: string[], at: Date): Promise<void> {
  await tx.commitment.updateMany({
    where: { staffId, state: 'open', text: { in: texts }, OR: [{ roundId: null }, { roundId: { not: roundId } }] },
    data: { state: 'moved', doneAt: at },
  });
}

function toRound(row: RoundRow | null): CheckInRound | null {
  if (!row) return null;
  const { id, teamId, periodKey, opensAt, state, threadRef } = row;
  return { id, teamId, periodKey, opensAt, state, threadRef };
}

function toAnswer(row: AnswerRow | null): CheckInAnswer | null {
  if (!row) return null;
  const { id, roundId, staffId, done, planned, partnerIds, messageRefs, editCount, createdAt } = row;
  return { id, roundId, staffId, done, planned, partnerIds, messageRefs, editCount, createdAt };
}
