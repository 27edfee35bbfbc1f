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

const NEVER = new Date(8.64e15);

interface Occurrence {
  at: Date;
  usefulUntil: Date;
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
   * Per job, the occurrences already found in (from, until] with their usefulUntil, and the
   * first one after: a later runDue parses again only once that one is due, as cron-parser
   * in a timezone takes about a millisecond per occurrence (usefulUntil's luxon a good part
   * of another) and the lookback holds a week of them for every job.
   */
  const found = new WeakMap<ScheduledJob, { from: Date; until: Date; occurrences: Occurrence[]; next: Date }>();

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

  /** Occurrences of a job in (from, to], oldest first, and the first one after `to`. */
  function parseOccurrences(job: ScheduledJob, from: Date, to: Date): { occurrences: Occurrence[]; next: Date } {
    const it = CronExpressionParser.parse(job.cron, { tz: job.timeZone, currentDate: from });
    const occurrences: Occurrence[] = [];
    for (;;) {
      // Like hasNext(): an expression with no further match (e.g. 30 February) just ends.
      let at: Date;
      try {
        at = it.next().toDate();
      } catch {
        return { occurrences, next: NEVER };
      }
      if (at > to) return { occurrences, next: at };
      occurrences.push({ at, usefulUntil: job.usefulUntil(at) });
    }
  }

  /** The same, reusing what an earlier call found when the window only moved forward. */
  function occurrences(job: ScheduledJob, from: Date, to: Date): Occurrence[] {
    const known = found.get(job);
    const grows = known !== undefined && known.from <= from && from <= known.until && known.until <= to;
    let entry: { occurrences: Occurrence[]; next: Date };
    if (!grows) entry = parseOccurrences(job, from, to);
    else {
      const kept = known.occurrences.filter((o) => o.at > from);
      const more = to < known.next ? { occurrences: [], next: known.next } : parseOccurrences(job, known.until, to);
      entry = { occurrences: kept.concat(more.occurrences), next: more.next };
    }
    found.set(job, { from, until: to, ...entry });
    return entry.occurrences;
  }

  /** Runs every occurrence up to now that has not run and is still useful. */
  async function runDue(): Promise<string[]> {
    const now = opts.clock.now();
    const due = jobs.flatMap((job) =>
      occurrences(job, new Date(now.getTime() - lookbackMs), now)
        .filter(({ at, usefulUntil }) => usefulUntil >= now && (!job.appliesTo || job.appliesTo(at)))
        .map(({ at }) => ({ job, at, key: job.runKey(at) })),
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
