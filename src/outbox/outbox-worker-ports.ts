// What the outbox worker needs from storage: claiming due rows and recording each
// attempt's outcome, plus the heartbeats that tell a live holder from a dead one.
// src/store/outbox-store.ts and worker-instance-store.ts implement them.
import type { OutboxDelivery } from '../core/outbound.ts';

export interface OutboxItem {
  id: string;
  idempotencyKey: string;
  /** A chat delivery, or an e-mail (the management digest). */
  delivery: OutboxDelivery;
  attempts: number;
}

/** Who claims, and whether claims of silent holders may be taken over. */
export interface ClaimAs {
  holder: string;
  /** Take over rows whose holder's heartbeat is older than this (ms); null = never. */
  takeOverSilentForMs: number | null;
}

export interface OutboxClaims {
  claimDue(now: Date, limit: number, leaseMs: number, as?: ClaimAs): Promise<OutboxItem[]>;
  /** `scrubbed`: the delivery with secrets (one-time links) removed, stored instead of the original. */
  markSent(id: string, ref: string, now: Date, scrubbed?: OutboxDelivery | null): Promise<void>;
  markDead(id: string, error: string, scrubbed?: OutboxDelivery | null): Promise<void>;
  release(id: string, opts: { error: string; nextAttemptAt: Date; failed: boolean }): Promise<void>;
  /** At start of a single-process install: every other holder's claim is a dead process's. */
  releaseClaimsExcept(holder: string): Promise<number>;
}

export interface WorkerInstances {
  beat(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  forgetLongDead(): Promise<number>;
}
