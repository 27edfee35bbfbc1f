// Platform refs the core stores opaquely. One format for every message:
// `<conversationId>;messageid=<activityId>` — for a channel root post that is
// exactly the thread's conversation id, so a round's threadRef and the
// conversation id of a reply in that thread are the same string.
import { z } from 'zod';

const MARK = ';messageid=';

export function messageRefOf(conversationId: string, activityId: string): string {
  return conversationId.endsWith(`${MARK}${activityId}`) ? conversationId : `${conversationId}${MARK}${activityId}`;
}

/** The conversation and activity of a message ref (last `;messageid=` wins). */
export function splitMessageRef(ref: string): { conversationId: string; activityId: string } | null {
  const at = ref.lastIndexOf(MARK);
  if (at <= 0) return null;
  return { conversationId: ref.slice(0, at), activityId: ref.slice(at + MARK.length) };
}

/** The channel (or chat) a conversation id belongs to, without a thread part. */
export function baseConversationOf(conversationId: string): string {
  const at = conversationId.indexOf(MARK);
  return at < 0 ? conversationId : conversationId.slice(0, at);
}

/** The thread root of a channel conversation id, if it names one. */
export function threadRootOf(conversationId: string): string | null {
  const at = conversationId.indexOf(MARK);
  return at < 0 ? null : conversationId;
}

/** What we keep to message a conversation later (Bot Framework conversation reference). */
export const ZTeamsConversationRef = z.object({
  serviceUrl: z.string().url(),
  tenantId: z.string().min(1),
  conversationId: z.string().min(1).optional(),
  conversationType: z.enum(['personal', 'channel', 'groupChat']).optional(),
  bot: z.object({ id: z.string().min(1), name: z.string().optional() }).optional(),
  user: z.object({ id: z.string().min(1), aadObjectId: z.string().optional(), name: z.string().optional() }).optional(),
});
export type TeamsConversationRef = z.infer<typeof ZTeamsConversationRef>;

/** Keys under which refs are saved (ConversationRef.key). */
export const refKeys = {
  person: (aadObjectId: string) => `person:${aadObjectId}`,
  channel: (conversationId: string) => `channel:${baseConversationOf(conversationId)}`,
  chat: (conversationId: string) => `chat:${baseConversationOf(conversationId)}`,
  tenant: (tenantId: string) => `tenant:${tenantId}`,
  /** The latest service URL seen: a deployment serves one tenant, one region. */
  latest: () => 'service:latest',
};
