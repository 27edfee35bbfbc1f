// Claims of scheduled runs: one row per run key (e.g. checkin:<team>:2026-W48).
// A claim is a lease: a run that crashed unfinished can be taken over after it
// expires; a finished run is never claimed again.
import type { Prisma } from './generated/client.ts';

export function createJobRunStore(client: Prisma.TransactionClient) {
  return {
    async claim(runKey: string, jobId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
      const staleBefore = new Date(now.getTime() - leaseMs);
      const rows = await client.$queryRaw<{ runKey: string }[]>`
        INSERT INTO "JobRun" ("runKey", "jobId", "claimedBy", "claimedAt")
        VALUES (${runKey}, ${jobId}, ${owner}, ${now})
        ON CONFLICT ("runKey") DO UPDATE
          SET "claimedBy" = EXCLUDED."claimedBy", "claimedAt" = EXCLUDED."claimedAt", error = NULL
          WHERE "JobRun"."finishedAt" IS NULL AND "JobRun"."claimedAt" < ${staleBefore}
        RETURNING "runKey"`;
      return rows.length === 1;
    },

    async finish(runKey: string, now: Date, error?: string): Promise<void> {
      await client.jobRun.update({
        where: { runKey },
        // A failed run stays unfinished so it is retried once its lease expires.
        data: error ? { error: error.slice(0, 2000) } : { finishedAt: now, error: null },
      });
    },

    async finishedOf(runKeys: string[]): Promise<Set<string>> {
      const rows = await client.jobRun.findMany({ where: { runKey: { in: runKeys }, finishedAt: { not: null } }, select: { runKey: true } });
      return new Set(rows.map((r) => r.runKey));
    },

    async isFinished(runKey: string): Promise<boolean> {
      const row = await client.jobRun.findUnique({ where: { runKey }, select: { finishedAt: true } });
      return row?.finishedAt != null;
    },

    async listRecent(limit = 50) {
      return client.jobRun.findMany({ orderBy: { claimedAt: 'desc' }, take: limit });
    },
  };
}

export type JobRunStore = ReturnType<typeof createJobRunStore>;
