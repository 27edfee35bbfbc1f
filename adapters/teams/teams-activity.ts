// The Bot Framework activity fields the adapter reads, validated with zod before
// anything is translated or written. Unknown fields are dropped.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const ZAccount = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() });
const ZId = z.object({ id: z.string().min(1) });

export const ZTeamsActivity = z
  .object({
    type: z.string().min(1, 'type ontbreekt'),
    id: z.string().optional(),
    timestamp: z.string().max(100).optional(),
    name: z.string().optional(),
    /** installationUpdate: 'add', 'remove', 'add-upgrade', 'remove-upgrade'. */
    action: z.string().max(50).optional(),
    serviceUrl: z.url({ error: 'serviceUrl ontbreekt of is geen URL' }),
    channelId: z.string().optional(),
    from: ZAccount,
    recipient: ZAccount,
    conversation: z.object({ id: z.string().min(1), conversationType: z.string().optional(), tenantId: z.string().optional() }),
    text: z.string().max(40_000, 'bericht is te lang').optional(),
    value: z.unknown().optional(),
    replyToId: z.string().optional(),
    locale: z.string().optional(),
    localTimezone: z.string().optional(),
    channelData: z
      .object({ tenant: ZId.optional(), team: ZId.extend({ name: z.string().optional() }).optional(), channel: ZId.optional(), eventType: z.string().optional() })
      .optional(),
    membersAdded: z.array(ZAccount).optional(),
    reactionsAdded: z.array(z.object({ type: z.string().min(1) })).optional(),
    entities: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .refine((a) => Boolean(a.channelData?.tenant?.id ?? a.conversation.tenantId), { message: 'tenant-id ontbreekt (channelData.tenant.id)' });
export type TeamsActivity = z.infer<typeof ZTeamsActivity>;

export function tenantOf(activity: TeamsActivity): string {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId ?? '';
}

/** Personal chat (1:1) versus a team channel or group chat. */
export function isPersonal(activity: TeamsActivity): boolean {
  return (activity.conversation.conversationType ?? 'personal') === 'personal';
}

/** The time zone Teams reports for the user (activity field or clientInfo entity). */
export function timeZoneOf(activity: TeamsActivity): string | undefined {
  if (activity.localTimezone) return activity.localTimezone;
  const info = activity.entities?.find((e) => e.type === 'clientInfo');
  return typeof info?.timezone === 'string' ? info.timezone : undefined;
}

/**
 * What makes a resend of this activity recognisable. A messageUpdate carries the
 * id of the message it edits, and a client may reuse an id, so the type, the time
 * and the content are part of the key: a resend matches all of them, an edit does not.
 */
export function deliveryIdOf(activity: TeamsActivity): string | undefined {
  if (!activity.id) return undefined;
  const content = createHash('sha256').update(JSON.stringify([activity.timestamp ?? '', activity.text ?? '', activity.value ?? null])).digest('base64url').slice(0, 16);
  return `activity:${activity.type}:${activity.id}:${content}`;
}
