// What the success feature needs from storage; src/store/success-store.ts implements it.
import type { OutboundDelivery } from '../../core/outbound.ts';

export interface NewSuccess {
  organisationId: string;
  teamId: string | null;
  authorId: string;
  title: string;
  story: string;
  tags: string[];
  partnerIds: string[];
  thankedIds: string[];
}

/** The celebration post; the store adds the key and recordAs once the id exists. */
export interface CelebrationPost {
  platform: OutboundDelivery['platform'];
  channelRef: string;
  message: Extract<OutboundDelivery, { type: 'post' }>['message'];
}

/** The DM a thanked colleague gets. */
export interface ThanksNote {
  staffId: string;
  message: Extract<OutboundDelivery, { type: 'post' }>['message'];
}

export interface AnswerForSuccess {
  id: string;
  staffId: string;
  teamId: string;
  organisationId: string;
  done: string;
  partnerIds: string[];
}

export interface SuccessSummary {
  id: string;
  title: string;
  authorName: string;
  teamName: string | null;
  partnerNames: string[];
}

export interface SuccessPorts {
  /**
   * Creates the success with its partners and thanks and enqueues the post and a short
   * DM to each thanked colleague of the organisation, in one transaction.
   */
  shareSuccess(success: NewSuccess, post: CelebrationPost | null, thanks?: ThanksNote[]): Promise<{ id: string }>;
  /** The team's celebration channel, else the first team of the organisation that has one. */
  findCelebrationChannel(organisationId: string, teamId: string | null): Promise<string | null>;
  findAnswer(answerId: string): Promise<AnswerForSuccess | null>;
  /** The check-in answer a platform message belongs to (a reply in the round's thread), if any. */
  findAnswerByMessageRef(messageRef: string): Promise<AnswerForSuccess | null>;
  /** +1 on the success posted as this message; false when it is no celebration post. */
  countReaction(messageRef: string): Promise<boolean>;
}
