// What an adapter gives the outbox worker: deliver one durable message and say
// where it landed. Rate limits are reported as RateLimitedError so the worker
// waits (retry-after) instead of counting a failure.
import type { MailDelivery, OutboundDelivery } from './outbound.ts';

export interface DeliveryContext {
  /** The platform identity of a staff member on this platform, if linked. */
  identityOf(staffId: string, platform: OutboundDelivery['platform']): Promise<{ platformUserId: string; platformOrgId: string } | null>;
  /** A stored conversation reference (Teams needs one for proactive messages). */
  conversationRefOf(key: string, platform: OutboundDelivery['platform']): Promise<unknown | null>;
  /** The delivered ref of an earlier outbox message (for updates). */
  deliveredRefOf(idempotencyKey: string): Promise<string | null>;
  /** Aborted when the worker gives up on this send (timeout, shutdown); senders may pass it on. */
  signal?: AbortSignal;
}

export interface PlatformSender {
  platform: OutboundDelivery['platform'];
  /** Returns the platform reference of the posted/updated message. */
  deliver(delivery: OutboundDelivery, context: DeliveryContext): Promise<{ ref: string }>;
}

/** Sends the outbox's e-mails (platform 'mail'); main wires one when SMTP is configured. */
export interface MailSender {
  platform: 'mail';
  deliver(delivery: MailDelivery, context: DeliveryContext): Promise<{ ref: string }>;
}

export type OutboxSender = PlatformSender | MailSender;

export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number, message = `rate limited; retry after ${retryAfterMs} ms`) {
    super(message);
    this.name = 'RateLimitedError';
  }
}

/** A failure that retrying cannot fix (unknown user, channel archived…): dead-letter at once. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}
