// Forms sent as chat dialogs, kept in the database until submitted or expired, so
// a restart between opening and submitting a dialog loses nothing. A form is only
// found again for the person it was sent to; what comes back is validated as a Form.
import type { Clock } from '../core/clock.ts';
import { ZForm, type Form } from '../core/form.ts';
import type { Prisma } from './generated/client.ts';

/** Long enough for a dialog left open over a weekend; short enough to hold little. */
const KEEP_MS = 3 * 24 * 60 * 60_000;

export function createSentFormStore(client: Prisma.TransactionClient, clock: Clock) {
  return {
    /** Saves the form for one person and returns its id (expired forms are purged on the way). */
    async save(platform: string, platformUserId: string, form: Form): Promise<string> {
      const now = clock.now();
      await client.sentForm.deleteMany({ where: { expiresAt: { lt: now } } });
      const row = await client.sentForm.create({
        data: { platform, platformUserId, form: form as unknown as Prisma.InputJsonValue, expiresAt: new Date(now.getTime() + KEEP_MS) },
        select: { id: true },
      });
      return row.id;
    },
    /** The form sent to this person under this id, or null (unknown, someone else's, expired or broken). */
    async find(platform: string, platformUserId: string, id: string): Promise<Form | null> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const row = await client.sentForm.findFirst({ where: { id, platform, platformUserId, expiresAt: { gte: clock.now() } } });
      const form = row ? ZForm.safeParse(row.form) : null;
      return form?.success ? form.data : null;
    },
    /** Done with: submitted without errors, or replaced by the next form. */
    async remove(id: string): Promise<void> {
      if (/^[0-9a-f-]{36}$/i.test(id)) await client.sentForm.deleteMany({ where: { id } });
    },
  };
}

export type SentFormStore = ReturnType<typeof createSentFormStore>;
