// Runs jobs-as-data on node-cron in each job's timezone. Every occurrence is
// claimed in the database first (node-cron's RunCoordinator hook → JobRun row),
// so it runs once across restarts and instances. runDue() catches up occurrences
// missed while the process was down (or skipped by a clock jump in the
// playground) while they are still useful.
import { CronExpressionParser } from 'cron-parser';
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { Clock } from '../core/clock.ts';
import type { ScheduledJob } from '../core/scheduled-job.ts';

/** `2026-03-30T07:00:00.000Z`: the slot part of node-cron's coordinator key. */
const ISO_INSTANT_LENGTH = 24;

/** One claim per run key, held as a lease (src/store/job-run-store.ts implements it). */
export interface RunClaims {
  /** True when this owner now holds the run: new, or unfinished with an expired lease. */
  claim(runKey: string, jobId: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** With an error the run stays unfinished, so it is retried once its lease expires. */
  finish(runKey: string, now: Date, error?: string): Promise<void>;
  /** Which of these runs finished (they are never claimed again): one look-up instead of a claim each. */
  finishedOf(runKeys: string[]): Promise<Set<string>>;
}

export interface SchedulerOptions {
  loadJobs(): Promise<ScheduledJob[]>;
  claims: RunClaims;
  clock: Clock;
  /** Identifies this instance in JobRun.claimedBy. */
  owner: string;
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  leaseMs?: number;
  lookbackMs?: number;
}

export function createScheduler(opts: SchedulerOptions) {
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const lookbackMs = opts.lookbackMs ?? 8 * 24 * 3600_000;
  let jobs: ScheduledJob[] = [];
  let tasks: ScheduledTask[] = [];
  /**
   * Per job, the occurrences already found in (from, until]: the next runDue parses only
   * the stretch since, as cron-parser in a timezone takes about a millisecond per occurrence
   * and the lookback holds a week of them for every job.
   */
  const found = new WeakMap<ScheduledJob, { from: Date; until: Date; at: Date[] }>();

  async function execute(job: ScheduledJob, key: string, scheduledAt: Date): Promise<'ran' | 'failed'> {
    try {
      await job.handler(scheduledAt);
      await opts.claims.finish(key, opts.clock.now());
      opts.log?.info({ runKey: key }, 'geplande taak uitgevoerd');
      return 'ran';
    } catch (err) {
      await opts.claims.finish(key, opts.clock.now(), err instanceof Error ? err.message : String(err));
      opts.log?.error({ runKey: key, err }, 'geplande taak mislukt; wordt later opnieuw geprobeerd');
      return 'failed';
    }
  }

  /** Occurrences of a job in (from, to], oldest first. */
  function parseOccurrences(job: ScheduledJob, from: Date, to: Date): Date[] {
    const it = CronExpressionParser.parse(job.cron, { tz: job.timeZone, currentDate: from, endDate: to });
    const out: Date[] = [];
    while (it.hasNext()) out.push(it.next().toDate());
    return out;
  }

  /** The same, reusing what an earlier call found when the window only moved forward. */
  function occurrences(job: ScheduledJob, from: Date, to: Date): Date[] {
    const known = found.get(job);
    const grows = known !== undefined && known.from <= from && from <= known.until && known.until <= to;
    const at = grows ? known.at.filter((a) => a > from).concat(parseOccurrences(job, known.until, to)) : parseOccurrences(job, from, to);
    found.set(job, { from, until: to, at });
    return at;
  }

  /** Runs every occurrence up to now that has not run and is still useful. */
  async function runDue(): Promise<string[]> {
    const now = opts.clock.now();
    const due = jobs.flatMap((job) =>
      occurrences(job, new Date(now.getTime() - lookbackMs), now)
        .filter((at) => job.usefulUntil(at) >= now && (!job.appliesTo || job.appliesTo(at)))
        .map((at) => ({ job, at, key: job.runKey(at) })),
    );
    const finished = due.length > 0 ? await opts.claims.finishedOf([...new Set(due.map((d) => d.key))]) : new Set<string>();
    const ran: string[] = [];
    for (const { job, at, key } of due) {
      if (finished.has(key)) continue;
      if (!(await opts.claims.claim(key, job.id, opts.owner, opts.clock.now(), leaseMs))) continue;
      if ((await execute(job, key, at)) === 'ran') ran.push(key);
    }
    return ran;
  }

  const coordinator: RunCoordinator = {
    async shouldRun(key: string) {
      // node-cron's key is `<task name>:<slot ISO>`; the task name is our job id.
      // Job ids contain colons too, so split at the fixed-length ISO instant.
      const iso = key.slice(-ISO_INSTANT_LENGTH);
      const job = jobs.find((j) => key === `${j.id}:${iso}`);
      if (!job) return false;
      const at = new Date(iso);
      if (job.appliesTo && !job.appliesTo(at)) return false;
      return opts.claims.claim(job.runKey(at), job.id, opts.owner, opts.clock.now(), leaseMs);
    },
  };

  function stopTasks(): void {
    for (const t of tasks) void t.destroy();
    tasks = [];
  }

  return {
    runDue,
    /** Re-reads the jobs (after a lead changed the schedule). */
    async reload(): Promise<void> {
      jobs = await opts.loadJobs();
    },
    /** Live firing on node-cron; call after reload(). */
    startLive(): void {
      stopTasks();
      tasks = jobs.map((job) =>
        cron.schedule(
          job.cron,
          async (ctx) => {
            const key = job.runKey(ctx.date);
            await execute(job, key, ctx.date);
          },
          // node-cron only consults a runCoordinator when `distributed` is set.
          { name: job.id, timezone: job.timeZone, distributed: true, runCoordinator: coordinator, noOverlap: true },
        ),
      );
    },
    stop: stopTasks,
    jobs: () => jobs,
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
