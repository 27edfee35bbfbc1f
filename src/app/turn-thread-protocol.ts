// The messages between the runtime and its turn thread (turn-thread.ts, turn-thread-main.ts).
import type { Reply } from '../core/outbound.ts';

export interface TurnThreadData {
  databaseUrl: string;
  logLevel: string;
  logFormat: 'json' | 'pretty';
  publicUrl?: string | undefined;
  digestMail?: boolean | undefined;
}

export type TurnThreadRequest = { kind: 'turn'; id: number; inbound: unknown } | { kind: 'stop' };

export type TurnThreadMessage =
  | { kind: 'ready' }
  | { kind: 'replies'; id: number; replies: Reply[] }
  | { kind: 'failed'; id: number; error: string }
  | { kind: 'settings-saved' }
  | { kind: 'kick-outbox' };
