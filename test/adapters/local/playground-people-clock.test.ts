// The playground for an admin's own people: staff imported by CSV are selectable, a
// new team without a channel gets a simulated one and its round opens there, and the
// moved clock survives a restart. Over the playground's JSON API on real HTTP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import { readRegisterCsv } from '../../../src/csv/read-register-csv.ts';
import type { RegisterKind } from '../../../src/csv/register-columns.ts';
import { validateRegisterRows, type RegisterBatch } from '../../../src/csv/validate-register-rows.ts';
import type { Database } from '../../../src/store/database.ts';
import { importRegister } from '../../../src/store/register-import.ts';
import { createBotHarness } from '../../support/bot-harness.ts';
import { hasCheckinFeature, loadCheckinFeature, startPlayground } from './start-playground.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');

/** The CLI's import path, on a CSV text: must come through without issues. */
async function importCsv(db: Database, kind: RegisterKind, text: string): Promise<void> {
  const organisation = await db.prisma.organisation.findFirstOrThrow();
  const csv = readRegisterCsv(text, kind);
  const validated = validateRegisterRows(csv, kind);
  expect([...csv.issues, ...validated.issues]).toEqual([]);
  const outcome = await importRegister(db, { organisationId: organisation.id, batch: { kind, rows: validated.rows } as RegisterBatch, dryRun: false });
  expect(outcome.issues).toEqual([]);
}

describe('playground: imported people, simulated channels, a clock that survives a restart', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>> | undefined;
  afterEach(async () => pg?.stop());

  it.runIf(hasCheckinFeature)('an imported person in a new team is selectable and gets the Monday check-in in a simulated channel', async () => {
    const features: Awaited<ReturnType<typeof loadCheckinFeature>>[] = [];
    const h = await createBotHarness({ now: SUNDAY, features: () => features });
    features.push(await loadCheckinFeature(h.deps, h.db));
    await importCsv(h.db, 'staff', 'Naam;E-mail;Rol;Team\nFenna Zuidema;fenna.zuidema@zorg.example;medewerker;Wijkteam Zuid-Oost\n');
    await importCsv(h.db, 'assignments', 'medewerker e-mail;partner;niveau\nfenna.zuidema@zorg.example;Het Baken;operationeel\n');
    await h.scheduler.reload(); // as the runtime's tick does after a change
    pg = await startPlayground({ now: SUNDAY, harness: h, features: () => features });

    const people = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people;
    const fenna = people.find((p) => p.name === 'Fenna Zuidema');
    expect(fenna).toBeDefined();
    expect(fenna!.teams).toEqual([expect.objectContaining({ name: 'Wijkteam Zuid-Oost', channelRef: 'local:team-wijkteam-zuid-oost' })]);
    // Listing again changes nothing: one account, one channel.
    const again = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people;
    expect(again.find((p) => p.staffId === fenna!.staffId)).toEqual(fenna);
    expect(await h.db.prisma.staffIdentity.count({ where: { staffId: fenna!.staffId, platform: 'local' } })).toBe(1);

    await pg.call('POST', '/api/clock', { action: 'next-monday-0900' });
    const view = (await pg.call<PlaygroundView>('GET', `/api/state?as=${fenna!.staffId}`)).json;
    const channel = view.channels.find((c) => c.ref === 'local:team-wijkteam-zuid-oost');
    expect(channel?.messages.map((m) => m.message.text)).toEqual([expect.stringMatching(/^RRO week 48/)]);
    expect(JSON.stringify(view.dms)).toContain('Het Baken');

    // And she can answer as herself: the bot knows her (no "onbekend" reply).
    const root = channel!.messages[0]!;
    const res = await pg.call<{ replies: unknown[] }>('POST', '/api/inbound', {
      as: fenna!.staffId, kind: 'thread_reply', channelRef: channel!.ref, threadRef: root.ref, text: 'Gedaan: overleg met Het Baken.',
    });
    expect(res.status).toBe(200);
    const round = await h.db.prisma.checkInRound.findFirstOrThrow({ where: { team: { name: 'Wijkteam Zuid-Oost' } } });
    expect(await h.db.prisma.checkInAnswer.count({ where: { roundId: round.id, staffId: fenna!.staffId } })).toBe(1);
  });

  it('keeps the moved clock across a restart, and never moves it back', async () => {
    const clockFile = join(mkdtempSync(join(tmpdir(), 'pg-clock-')), 'playground-clock.json');
    // Real time here, like the bot's own clock: the saved clock is "ahead of real time".
    const start = new Date();
    pg = await startPlayground({ now: start, features: () => [], clockFile });
    const moved = await pg.call<{ now: string }>('POST', '/api/clock', { action: 'plus-day' });
    const movedTo = new Date(moved.json.now).getTime();
    await pg.stop();

    pg = await startPlayground({ now: new Date(), features: () => [], clockFile });
    expect(pg.h.clock.now().getTime()).toBeLessThan(movedTo - 3_600_000); // a fresh start is back in real time…
    await pg.adapter.prepare();
    const restored = pg.h.clock.now().getTime();
    expect(restored).toBeGreaterThanOrEqual(movedTo); // …until the saved clock is restored
    expect(restored - movedTo).toBeLessThan(120_000);

    // A clock already further ahead is left alone; a broken file is ignored.
    pg.h.clock.set(new Date(restored + 7 * 86_400_000));
    await pg.adapter.prepare();
    expect(pg.h.clock.now().getTime()).toBe(restored + 7 * 86_400_000);
    writeFileSync(clockFile, '{kapot');
    await pg.adapter.prepare();
    expect(pg.h.clock.now().getTime()).toBe(restored + 7 * 86_400_000);
  });
});
