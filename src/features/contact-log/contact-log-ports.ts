// What the contact-log form needs beyond the common register ports: a contact
// logged from a nudge settles that nudge.
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';

export interface ContactLogPorts {
  /** Sets outcome 'logged' on the actor's own nudge; false when it is not theirs or unknown. */
  markNudgeLogged(nudgeId: string, staffId: string, at: Date): Promise<boolean>;
}

/** Blocks to add after a logged contact (e.g. "is dit die afspraak?"), from another feature. */
export type AfterContactLogged = (turn: Turn, partnerId: string) => Promise<Block[]>;

/** A follow-up message after a logged contact (the relationship pulse), from another feature. */
export type AskAfterContact = (turn: Turn, partnerId: string) => Promise<Reply[]>;
