// Successes: stored with their partners and thanks, and the celebration post
// enqueued in the same transaction (key success-post:<id>).
import { ZPlatform } from '../core/identity.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import type { SuccessPorts } from '../features/success/success-ports.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';
import { createOutboxStore } from './outbox-store.ts';

/** `clock` stamps createdAt: the bot's time, which the playground and tests move ahead of the database's. */
export function createSuccessStore(prisma: PrismaClient, clock: Clock = systemClock): SuccessPorts {
  return {
    async shareSuccess(success, post, thanks = []) {
      return prisma.$transaction(async (tx) => {
        // Only partners and colleagues of the same organisation may be linked.
        const partners = await tx.partner.findMany({ where: { id: { in: success.partnerIds }, organisationId: success.organisationId }, select: { id: true } });
        const thanked = await tx.staff.findMany({ where: { id: { in: success.thankedIds }, organisationId: success.organisationId }, select: { id: true } });
        const row = await tx.success.create({
          data: {
            organisationId: success.organisationId, teamId: success.teamId, authorId: success.authorId,
            title: success.title, story: success.story, tags: success.tags, createdAt: clock.now(),
            partners: { create: partners.map((p) => ({ partnerId: p.id })) },
            thanks: { create: thanked.map((s) => ({ staffId: s.id })) },
          },
          select: { id: true },
        });
        await tx.auditEvent.create({ data: { organisationId: success.organisationId, actorStaffId: success.authorId, action: 'success.shared', subject: row.id } });
        if (post) {
          await createOutboxStore(tx).enqueue([{
            key: `success-post:${row.id}`,
            delivery: { type: 'post', platform: post.platform, to: { kind: 'channel', channelRef: post.channelRef }, message: post.message, recordAs: { kind: 'success-post', id: row.id } },
          }]);
        }
        // Only colleagues who passed the organisation check above get the DM.
        const thankedIds = new Set(thanked.map((s) => s.id));
        const notes = thanks.filter((n) => thankedIds.has(n.staffId) && n.staffId !== success.authorId);
        if (notes.length > 0) {
          const platform = post?.platform ?? (await tx.organisation.findUniqueOrThrow({ where: { id: success.organisationId }, select: { platform: true } })).platform;
          await createOutboxStore(tx).enqueue(notes.map((n) => ({
            key: `success-thanks:${row.id}:${n.staffId}`,
            delivery: { type: 'post' as const, platform: ZPlatform.parse(platform), to: { kind: 'person' as const, staffId: n.staffId }, message: n.message },
          })));
        }
        return row;
      });
    },
    async findCelebrationChannel(organisationId, teamId) {
      const own = teamId ? await prisma.team.findUnique({ where: { id: teamId }, select: { celebrationChannelRef: true } }) : null;
      if (own?.celebrationChannelRef) return own.celebrationChannelRef;
      const first = await prisma.team.findFirst({
        where: { organisationId, celebrationChannelRef: { not: null } }, orderBy: { createdAt: 'asc' }, select: { celebrationChannelRef: true },
      });
      return first?.celebrationChannelRef ?? null;
    },
    async findAnswer(answerId) {
      return toAnswerForSuccess(await prisma.checkInAnswer.findUnique({ where: { id: answerId }, include: answerContext }));
    },
    async findAnswerByMessageRef(messageRef) {
      return toAnswerForSuccess(await prisma.checkInAnswer.findFirst({ where: { messageRefs: { has: messageRef } }, include: answerContext, orderBy: { createdAt: 'desc' } }));
    },
    async countReaction(messageRef) {
      const res = await prisma.success.updateMany({ where: { celebrationMessageRef: messageRef }, data: { reactions: { increment: 1 } } });
      return res.count > 0;
    },
  };
}

const answerContext = { round: { include: { team: true } } } as const;

function toAnswerForSuccess(row: Prisma.CheckInAnswerGetPayload<{ include: typeof answerContext }> | null) {
  if (!row) return null;
  return {
    id: row.id, staffId: row.staffId, teamId: row.round.teamId, organisationId: row.round.team.organisationId,
    done: row.done, partnerIds: row.partnerIds,
  };
}
