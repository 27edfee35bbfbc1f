// Outbound: what the core asks a platform to do. Durable sends go through the
// outbox (OutboundDelivery); interactive answers to an Inbound (a form to open,
// an ephemeral note, form errors) come back directly as Reply.
import { z } from 'zod';
import { ZForm } from './form.ts';
import { ZPlatform } from './identity.ts';
import { ZMessage } from './message.ts';

export const ZTarget = z.discriminatedUnion('kind', [
  /** A direct message to a staff member (the adapter resolves their DM). */
  z.object({ kind: z.literal('person'), staffId: z.string().uuid() }),
  z.object({ kind: z.literal('channel'), channelRef: z.string().min(1) }),
  z.object({ kind: z.literal('thread'), channelRef: z.string().min(1), threadRef: z.string().min(1) }),
]);
export type Target = z.infer<typeof ZTarget>;

/** One durable delivery, stored in the outbox with an idempotency key. */
export const ZOutboundDelivery = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('post'),
    platform: ZPlatform,
    to: ZTarget,
    message: ZMessage,
    /** When set, the delivered platform ref is stored here (e.g. a round's thread). */
    recordAs: z.object({ kind: z.enum(['round-thread', 'success-post']), id: z.string().uuid() }).optional(),
    /** Strings (a login token) blanked from the stored payload once it was sent or given up. */
    secrets: z.array(z.string().min(16).max(200)).max(5).optional(),
  }),
  z.object({
    type: z.literal('update'),
    platform: ZPlatform,
    /** Idempotency key of the earlier post whose message is replaced. */
    ofKey: z.string().min(1),
    message: ZMessage,
  }),
]);
export type OutboundDelivery = z.infer<typeof ZOutboundDelivery>;

/** An e-mail to a staff member; the mail sender looks up their address when it sends (none in the outbox row). */
export const ZMailDelivery = z.object({
  type: z.literal('mail'),
  platform: z.literal('mail'),
  to: z.object({ kind: z.literal('person'), staffId: z.string().uuid() }),
  subject: z.string().min(1).max(200),
  text: z.string().min(1).max(100_000),
  html: z.string().min(1).max(200_000),
});
export type MailDelivery = z.infer<typeof ZMailDelivery>;

/** What an outbox row carries: a chat delivery or an e-mail. */
export const ZOutboxDelivery = z.union([ZOutboundDelivery, ZMailDelivery]);
export type OutboxDelivery = OutboundDelivery | MailDelivery;

/** Immediate answers to one Inbound. */
export type Reply =
  | { type: 'ephemeral'; message: z.infer<typeof ZMessage> }
  | { type: 'open_form'; form: z.infer<typeof ZForm> }
  | { type: 'form_errors'; errors: Record<string, string> }
  | { type: 'update_source'; message: z.infer<typeof ZMessage> }
  /** The person's home view (Slack App Home / Teams personal tab). */
  | { type: 'home'; message: z.infer<typeof ZMessage> };
