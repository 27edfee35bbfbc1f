import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORY_RULE,
  STATUS_ORDER,
  ZCategoryRule,
  compareByUrgency,
  statusFor,
  type ContactStatus,
} from '../../src/domain/contact-status.ts';

const monthly = { idealIntervalDays: 30, maxIntervalDays: 60 };
const now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Amsterdam

function daysBefore(days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

describe('statusFor', () => {
  it('is grey without any contact', () => {
    expect(statusFor(null, monthly, now)).toEqual({ status: 'grey', daysSince: null });
    expect(statusFor(null, null, now)).toEqual({ status: 'grey', daysSince: null });
  });

  it('is green up to and including the ideal interval', () => {
    expect(statusFor(now, monthly, now)).toEqual({ status: 'green', daysSince: 0 });
    expect(statusFor(daysBefore(30), monthly, now)).toEqual({ status: 'green', daysSince: 30 });
  });

  it('is yellow after the ideal interval up to and including the maximum', () => {
    expect(statusFor(daysBefore(31), monthly, now)).toEqual({ status: 'yellow', daysSince: 31 });
    expect(statusFor(daysBefore(60), monthly, now)).toEqual({ status: 'yellow', daysSince: 60 });
  });

  it('is red after the maximum', () => {
    expect(statusFor(daysBefore(61), monthly, now)).toEqual({ status: 'red', daysSince: 61 });
  });

  it('counts calendar days on the Amsterdam wall clock', () => {
    const justAfterMidnight = new Date('2026-11-22T23:30:00Z'); // Mon 00:30 CET
    const yesterdayLate = new Date('2026-11-22T22:30:00Z'); // Sun 23:30 CET
    expect(statusFor(yesterdayLate, monthly, justAfterMidnight).daysSince).toBe(1);
    // In UTC both instants fall on the same day.
    expect(statusFor(yesterdayLate, monthly, justAfterMidnight, 'UTC').daysSince).toBe(0);
  });

  it('counts whole days across the DST switch', () => {
    const beforeSwitch = new Date('2026-10-24T10:00:00Z'); // Sat 12:00 CEST
    const afterSwitch = new Date('2026-10-26T07:30:00Z'); // Mon 08:30 CET
    expect(statusFor(beforeSwitch, monthly, afterSwitch).daysSince).toBe(2);
  });

  it('treats a contact later today or in the future as today', () => {
    expect(statusFor(new Date('2026-11-25T10:00:00Z'), monthly, now)).toEqual({ status: 'green', daysSince: 0 });
  });

  it('uses the default rubriek rule when the partner has no rubriek', () => {
    expect(DEFAULT_CATEGORY_RULE).toEqual({ idealIntervalDays: 42, maxIntervalDays: 90 });
    expect(statusFor(daysBefore(42), null, now).status).toBe('green');
    expect(statusFor(daysBefore(43), null, now).status).toBe('yellow');
    expect(statusFor(daysBefore(90), null, now).status).toBe('yellow');
    expect(statusFor(daysBefore(91), null, now).status).toBe('red');
  });

  it('refuses an unknown timezone', () => {
    expect(() => statusFor(now, monthly, now, 'Mars/Olympus')).toThrow(/Onbekende tijdzone/);
  });
});

describe('compareByUrgency', () => {
  it('orders red, yellow, grey, green and then the longest silence first', () => {
    const rows: (ContactStatus & { partner: string })[] = [
      { partner: 'Wijkteam Noord', status: 'green', daysSince: 3 },
      { partner: 'Gemeente Leiden', status: 'red', daysSince: 70 },
      { partner: 'GGZ Rivierduinen', status: 'grey', daysSince: null },
      { partner: 'Huisartsenpraktijk De Linde', status: 'yellow', daysSince: 40 },
      { partner: 'Zorggroep Het Baken', status: 'red', daysSince: 200 },
      { partner: 'Sociaal Team Zuid', status: 'green', daysSince: 20 },
    ];
    expect([...rows].sort(compareByUrgency).map((row) => row.partner)).toEqual([
      'Zorggroep Het Baken',
      'Gemeente Leiden',
      'Huisartsenpraktijk De Linde',
      'GGZ Rivierduinen',
      'Sociaal Team Zuid',
      'Wijkteam Noord',
    ]);
    expect(STATUS_ORDER).toEqual(['red', 'yellow', 'grey', 'green']);
  });
});

describe('ZCategoryRule', () => {
  function firstMessage(input: unknown): string | undefined {
    return ZCategoryRule.safeParse(input).error?.issues[0]?.message;
  }

  it('accepts a sensible rule', () => {
    expect(ZCategoryRule.parse({ idealIntervalDays: 14, maxIntervalDays: 30 })).toEqual({ idealIntervalDays: 14, maxIntervalDays: 30 });
    expect(ZCategoryRule.parse({ idealIntervalDays: 730, maxIntervalDays: 730 })).toBeTruthy();
  });

  it('explains bad rules in Dutch', () => {
    expect(firstMessage({ idealIntervalDays: 0, maxIntervalDays: 30 })).toMatch(/ideale contactfrequentie moet minstens 1 dag/);
    expect(firstMessage({ idealIntervalDays: 14.5, maxIntervalDays: 30 })).toMatch(/heel aantal dagen/);
    expect(firstMessage({ idealIntervalDays: 14, maxIntervalDays: 731 })).toMatch(/hoogstens 730 dagen/);
    expect(firstMessage({ idealIntervalDays: '14', maxIntervalDays: 30 })).toMatch(/moet een getal zijn/);
    const tooShort = ZCategoryRule.safeParse({ idealIntervalDays: 60, maxIntervalDays: 30 });
    expect(tooShort.error?.issues[0]?.message).toMatch(/minstens even groot zijn als de ideale/);
    expect(tooShort.error?.issues[0]?.path).toEqual(['maxIntervalDays']);
  });
});
