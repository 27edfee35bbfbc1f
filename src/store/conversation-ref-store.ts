// What a platform needs to message someone later (a Teams conversation reference,
// a Slack DM channel id), stored opaquely per platform and key.
import type { Prisma } from './generated/client.ts';

export function createConversationRefStore(client: Prisma.TransactionClient) {
  return {
    async save(platform: string, key: string, ref: unknown): Promise<void> {
      const json = ref as Prisma.InputJsonValue;
      await client.conversationRef.upsert({
        where: { platform_key: { platform, key } },
        create: { platform, key, ref: json },
        update: { ref: json },
      });
    },
    async get(platform: string, key: string): Promise<unknown | null> {
      const row = await client.conversationRef.findUnique({ where: { platform_key: { platform, key } } });
      return row?.ref ?? null;
    },
    /** The platform identity of a staff member on one platform. */
    async identityOf(platform: string, staffId: string): Promise<{ platformUserId: string; platformOrgId: string } | null> {
      return client.staffIdentity.findFirst({
        where: { platform, staffId },
        orderBy: { createdAt: 'desc' },
        select: { platformUserId: true, platformOrgId: true },
      });
    },
  };
}

export type ConversationRefStore = ReturnType<typeof createConversationRefStore>;
