// Neutral identities (errbot style): who spoke, where, in which thread. Platform
// ids are opaque strings the adapter understands; the core only stores them.
import { z } from 'zod';

export const ZPlatform = z.enum(['local', 'slack', 'teams']);
export type Platform = z.infer<typeof ZPlatform>;

export const ZPerson = z.object({
  platformUserId: z.string().min(1),
  name: z.string().optional(),
  email: z.string().email().optional(),
  locale: z.string().optional(),
  timeZone: z.string().optional(),
});
export type Person = z.infer<typeof ZPerson>;

export const ZRoom = z.object({
  /** Opaque channel / conversation reference. */
  ref: z.string().min(1),
  kind: z.enum(['channel', 'dm']),
});
export type Room = z.infer<typeof ZRoom>;

export const ZEnvelope = z.object({
  platform: ZPlatform,
  /** Slack workspace id, Teams tenant id, '' for local. */
  platformOrgId: z.string().default(''),
  person: ZPerson,
  room: ZRoom.optional(),
  /** Opaque root-message reference when the event happened in a thread. */
  threadRef: z.string().optional(),
  /**
   * The platform's id of this delivery (Slack event_id or trigger_id, Teams
   * activity id); a repeat of it is acknowledged and ignored.
   */
  deliveryId: z.string().min(1).max(200).optional(),
});
export type Envelope = z.infer<typeof ZEnvelope>;
