// After a lead saves settings the runtime reloads the jobs beside the turn. When that
// reload fails (database gone, a feature throws) the error is logged, the jobs loaded
// before stay, and the process keeps running: no unhandled rejection (which exits Node).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRuntime, type Runtime } from '../../src/app/create-runtime.ts';
import type { Feature } from '../../src/bot/feature.ts';
import { createManualClock } from '../../src/core/clock.ts';
import type { Team } from '../../src/core/register.ts';
import type { Database } from '../../src/store/database.ts';
import { openTestDatabase } from '../support/test-database.ts';

describe('runtime: reloading the jobs after a settings save', () => {
  let db: Database;
  let runtime: Runtime;
  let settingsSaved: () => void = () => undefined;
  let failing = false;
  const logged: { level: number; msg: string }[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  const probe: Feature = {
    name: 'probe',
    teamJobs(team: Team) {
      if (failing) throw new Error('verbinding met de database verbroken');
      return [{ id: `probe:${team.id}`, cron: '0 9 * * 1', timeZone: team.timezone, runKey: (at) => `probe:${team.id}:${at.toISOString()}`, usefulUntil: (at) => at, handler: async () => undefined }];
    },
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    const organisation = await db.prisma.organisation.create({ data: { name: 'Proef' } });
    await db.prisma.team.create({ data: { organisationId: organisation.id, name: 'Team A' } });
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as { level: number; msg: string }) });
    runtime = createRuntime({
      db, clock: createManualClock(new Date('2026-11-30T10:00:00Z')), logger,
      features: (_deps, hooks) => {
        settingsSaved = hooks.onSettingsSaved;
        return [probe];
      },
    });
    await runtime.scheduler.reload();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await runtime?.stop();
    await db?.close();
  });

  it('logs a failed reload, keeps the jobs it had, and reloads fine on the next save', async () => {
    expect(runtime.scheduler.jobs()).toHaveLength(1);

    failing = true;
    settingsSaved();
    await vi.waitFor(() => expect(logged.filter((l) => l.level >= 50)).toHaveLength(1), { timeout: 10_000 });
    expect(logged.find((l) => l.level >= 50)?.msg).toContain('planning herladen');
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
    expect(runtime.scheduler.jobs()).toHaveLength(1);

    failing = false;
    await db.prisma.team.create({ data: { organisationId: (await db.prisma.organisation.findFirstOrThrow()).id, name: 'Team B' } });
    settingsSaved();
    await vi.waitFor(() => expect(runtime.scheduler.jobs()).toHaveLength(2), { timeout: 10_000 });
  });
});
