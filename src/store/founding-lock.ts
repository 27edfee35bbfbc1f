// One lock for every write that founds an organisation with its first admin: a chat
// platform's first install (onboarding-store.ts) and the web setup without a platform
// (first-admin-store.ts) may arrive in the same second, and only one of them may found it.
import type { Prisma } from './generated/client.ts';

/** Any constant distinct from the other advisory locks (demo: load-demo.ts). */
const FOUNDING_LOCK_KEY = 727_100_012;

/** Held until the caller's transaction ends. */
export async function lockFounding(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${FOUNDING_LOCK_KEY})::text`);
}
