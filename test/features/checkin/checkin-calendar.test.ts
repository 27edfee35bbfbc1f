// When the check-in opens: a public holiday on the check-in day moves it to the
// next working day; a process that was down on Monday still opens the week's
// round on Tuesday, once, but no longer sends Monday's reminder.
import { describe, expect, it } from 'vitest';
import { createCheckinFeature } from '../../../src/features/checkin/checkin-feature.ts';
import { findCheckinDay } from '../../../src/features/checkin/checkin-schedule.ts';
import { createCheckinStore } from '../../../src/store/checkin-store.ts';
import { createBotHarness } from '../../support/bot-harness.ts';
import { testDbKinds } from '../../support/test-database.ts';

const harness = (now: Date, kind: 'pglite' | 'postgres' = 'pglite') =>
  createBotHarness({ kind, now, features: (deps, db) => [createCheckinFeature(createCheckinStore(db.prisma), deps)] });

describe('findCheckinDay', () => {
  it('takes the first working day on or after the team weekday, or none', () => {
    expect(findCheckinDay('2026-W48', 1)).toBe('2026-11-23');
    expect(findCheckinDay('2027-W13', 1)).toBe('2027-03-30'); // Easter Monday 2027-03-29
    expect(findCheckinDay('2026-W48', 3)).toBe('2026-11-25');
    expect(findCheckinDay('2026-W48', 6)).toBeNull();
  });
});

describe.each(testDbKinds())('check-in on Easter Monday 2027 (%s)', (kind) => {
  it('moves the round to Tuesday 09:00 and the reminder to Tuesday 15:00', async () => {
    const h = await harness(new Date('2027-03-27T11:00:00Z'), kind);
    try {
      const monday = await h.advanceTo(new Date('2027-03-29T07:00:00Z'));
      expect(monday.filter((k) => k.startsWith('checkin:') || k.startsWith('reminder:'))).toEqual([]);
      expect(await h.db.prisma.checkInRound.count({ where: { periodKey: '2027-W13' } })).toBe(0);

      const tuesday = await h.advanceTo(new Date('2027-03-30T07:00:00Z'));
      expect(tuesday.filter((k) => k.startsWith('checkin:') && k.endsWith(':2027-W13'))).toHaveLength(3);
      const teams = await h.db.prisma.team.findMany();
      for (const team of teams) expect(h.platform.to(`channel:${team.channelRef}`)).toHaveLength(1);
      // Back from holiday on Monday: on Tuesday she takes part again.
      const noor = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Noor Willems' } });
      expect(h.platform.to(`person:${noor.id}`)).toHaveLength(1);

      const afternoon = await h.advanceTo(new Date('2027-03-30T13:00:00Z'));
      expect(afternoon.filter((k) => k.startsWith('reminder:'))).toHaveLength(3);
    } finally {
      await h.close();
    }
  }, 120_000);
});

describe('check-in after downtime', () => {
  it('opens the round on Tuesday once, skips the stale reminder, and still DMs a team without channel', async () => {
    const h = await harness(new Date('2026-11-22T11:00:00Z'));
    try {
      const { id } = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Geriatrie' } });
      const geriatrie = await h.db.prisma.team.update({ where: { id }, data: { channelRef: null } });
      const ran = await h.advanceTo(new Date('2026-11-24T09:00:00Z'));
      expect(ran.filter((k) => k.startsWith('checkin:'))).toHaveLength(3);
      expect(ran.filter((k) => k.startsWith('reminder:'))).toEqual([]);
      const round = await h.db.prisma.checkInRound.findUniqueOrThrow({ where: { teamId_periodKey: { teamId: geriatrie.id, periodKey: '2026-W48' } } });
      expect(round.threadRef).toBeNull();
      expect(h.platform.sent.filter((s) => s.to.startsWith('channel:'))).toHaveLength(2);
      const members = await h.db.prisma.teamMembership.findMany({ where: { teamId: geriatrie.id } });
      for (const m of members) {
        const dms = h.platform.to(`person:${m.staffId}`);
        expect(dms).toHaveLength(1);
        expect(dms[0]!.text).toContain('Antwoord via het formulier.');
      }
      expect(await h.advanceTo(new Date('2026-11-24T10:00:00Z'))).toEqual([]);
    } finally {
      await h.close();
    }
  }, 120_000);
});
