import { describe, expect, it } from 'vitest';
import {
  ZPeriodKey,
  dateOfIsoWeekday,
  instantAt,
  localDateOf,
  nextPeriodKey,
  periodKeyFor,
  previousPeriodKey,
  weekNumberOf,
} from '../../src/domain/period-key.ts';

const AMS = 'Europe/Amsterdam';

describe('periodKeyFor', () => {
  it('gives the ISO week of the local wall clock', () => {
    expect(periodKeyFor(new Date('2026-11-23T08:00:00Z'), AMS)).toBe('2026-W48');
    expect(periodKeyFor(new Date('2026-03-02T12:00:00Z'), AMS)).toBe('2026-W10');
  });

  it('uses the ISO week-year around new year', () => {
    expect(periodKeyFor(new Date('2027-01-01T12:00:00Z'), AMS)).toBe('2026-W53');
    expect(periodKeyFor(new Date('2025-12-29T12:00:00Z'), AMS)).toBe('2026-W01');
    expect(periodKeyFor(new Date('2027-01-04T12:00:00Z'), AMS)).toBe('2027-W01');
  });

  it('switches week at local midnight, not UTC midnight', () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time).
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(periodKeyFor(instant, AMS)).toBe('2026-W48');
    expect(periodKeyFor(instant, 'UTC')).toBe('2026-W47');
  });

  it('rejects an unknown timezone with a Dutch message', () => {
    expect(() => periodKeyFor(new Date(), 'Europe/Atlantis')).toThrow(/Onbekende tijdzone/);
  });
});

describe('previousPeriodKey / nextPeriodKey / weekNumberOf', () => {
  it('steps across year boundaries, including 53-week years', () => {
    expect(nextPeriodKey('2026-W48')).toBe('2026-W49');
    expect(nextPeriodKey('2026-W52')).toBe('2026-W53');
    expect(nextPeriodKey('2026-W53')).toBe('2027-W01');
    expect(nextPeriodKey('2025-W52')).toBe('2026-W01');
    expect(previousPeriodKey('2027-W01')).toBe('2026-W53');
    expect(previousPeriodKey('2026-W01')).toBe('2025-W52');
    expect(previousPeriodKey('2026-W10')).toBe('2026-W09');
  });

  it('reads the week number', () => {
    expect(weekNumberOf('2026-W48')).toBe(48);
    expect(weekNumberOf('2026-W05')).toBe(5);
  });

  it('refuses malformed or non-existent weeks', () => {
    expect(() => nextPeriodKey('2026-48')).toThrow(/Ongeldige periode/);
    expect(() => weekNumberOf('2025-W53')).toThrow(/Ongeldige periode/);
    expect(() => weekNumberOf('2026-W00')).toThrow(/Ongeldige periode/);
  });
});

describe('ZPeriodKey', () => {
  it('accepts real weeks and explains bad ones in Dutch', () => {
    expect(ZPeriodKey.parse('2026-W53')).toBe('2026-W53');
    expect(ZPeriodKey.safeParse('2026-w48').error?.issues[0]?.message).toMatch(/JJJJ-Www/);
    expect(ZPeriodKey.safeParse('2025-W53').error?.issues[0]?.message).toMatch(/bestaat niet/);
    expect(ZPeriodKey.safeParse(48).success).toBe(false);
  });
});

describe('localDateOf', () => {
  it('gives the calendar date in the timezone', () => {
    expect(localDateOf(new Date('2026-06-30T22:30:00Z'), AMS)).toBe('2026-07-01');
    expect(localDateOf(new Date('2026-06-30T22:30:00Z'), 'UTC')).toBe('2026-06-30');
  });
});

describe('instantAt', () => {
  it('gives Monday 09:00 Amsterdam in winter and summer time', () => {
    expect(instantAt('2026-11-23', '09:00', AMS).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(instantAt('2026-06-01', '09:00', AMS).toISOString()).toBe('2026-06-01T07:00:00.000Z');
  });

  it('is right on the Mondays after the DST switches', () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(instantAt('2026-03-27', '09:00', AMS).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(instantAt('2026-03-30', '09:00', AMS).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(instantAt('2026-10-23', '09:00', AMS).toISOString()).toBe('2026-10-23T07:00:00.000Z');
    expect(instantAt('2026-10-26', '09:00', AMS).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('moves a wall-clock time skipped by DST forward', () => {
    // 02:30 does not exist on 29 March 2026 in Amsterdam; it becomes 03:30 CEST.
    expect(instantAt('2026-03-29', '02:30', AMS).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('round-trips with localDateOf and periodKeyFor', () => {
    const monday = instantAt(dateOfIsoWeekday('2026-W44', 1), '00:00', AMS);
    expect(localDateOf(monday, AMS)).toBe('2026-10-26');
    expect(periodKeyFor(monday, AMS)).toBe('2026-W44');
  });

  it('refuses bad dates and times in Dutch', () => {
    expect(() => instantAt('23-11-2026', '09:00', AMS)).toThrow(/JJJJ-MM-DD/);
    expect(() => instantAt('2026-11-23', '9:00', AMS)).toThrow(/UU:MM/);
    expect(() => instantAt('2026-11-23', '24:00', AMS)).toThrow(/UU:MM/);
    expect(() => instantAt('2026-02-30', '09:00', AMS)).toThrow(/Ongeldige datum/);
  });
});

describe('dateOfIsoWeekday', () => {
  it('gives Monday to Sunday of a week, across years', () => {
    expect(dateOfIsoWeekday('2026-W48', 1)).toBe('2026-11-23');
    expect(dateOfIsoWeekday('2026-W48', 7)).toBe('2026-11-29');
    expect(dateOfIsoWeekday('2026-W01', 1)).toBe('2025-12-29');
    expect(dateOfIsoWeekday('2026-W53', 5)).toBe('2027-01-01');
  });

  it('refuses weekdays outside 1..7', () => {
    expect(() => dateOfIsoWeekday('2026-W48', 0)).toThrow(/1 \(maandag\)/);
    expect(() => dateOfIsoWeekday('2026-W48', 8)).toThrow(/weekdag/);
  });
});
