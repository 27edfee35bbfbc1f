// A job as data: when it fires (cron in a timezone), which run key an occurrence
// has (equal keys run once, ever), until when a missed occurrence is still worth
// running, and what it does.
export interface ScheduledJob {
  /** Stable id, also node-cron's task name, e.g. 'checkin:<teamId>'. */
  id: string;
  cron: string;
  timeZone: string;
  runKey(scheduledAt: Date): string;
  /** Whether this occurrence should run at all (e.g. skip holidays); checked before claiming. */
  appliesTo?(scheduledAt: Date): boolean;
  usefulUntil(scheduledAt: Date): Date;
  handler(scheduledAt: Date): Promise<void>;
}
