// A quick-scan round's reminder and close fall on the organisation's wall clock: fourteen
// calendar days after it opened, at the same time of day, across a DST change too, so the
// daily 09:30 run of that day closes it (not the day after).
import { describe, expect, it } from 'vitest';
import { CLOSE_AFTER_DAYS, REMIND_AFTER_DAYS, roundDates } from '../../../src/features/collaboration/scan-dates.ts';
import { instantAt, localDateOf } from '../../../src/domain/period-key.ts';

const ZONE = 'Europe/Amsterdam';

describe('roundDates', () => {
  it('keeps 09:30 when summer time starts inside the round (28 March 2027)', () => {
    const { remindAt, closesAt } = roundDates(instantAt('2027-03-22', '09:30', ZONE), ZONE);
    expect(remindAt).toEqual(instantAt('2027-03-27', '09:30', ZONE));
    expect(closesAt).toEqual(instantAt('2027-04-05', '09:30', ZONE));
    // The 09:30 run on 5 April closes it: closesAt is not after that run.
    expect(closesAt <= instantAt('2027-04-05', '09:30', ZONE)).toBe(true);
    // One hour less than 14 × 24 hours.
    expect(closesAt.getTime() - instantAt('2027-03-22', '09:30', ZONE).getTime()).toBe(CLOSE_AFTER_DAYS * 86_400_000 - 3_600_000);
  });

  it('keeps 09:30 when summer time ends inside the round (31 October 2027)', () => {
    const { closesAt } = roundDates(instantAt('2027-10-25', '09:30', ZONE), ZONE);
    expect(closesAt).toEqual(instantAt('2027-11-08', '09:30', ZONE));
  });

  it('counts in the organisation\'s own zone, not the server\'s', () => {
    const opened = instantAt('2027-03-10', '09:30', 'America/New_York'); // New York's DST starts 14 March
    const { remindAt, closesAt } = roundDates(opened, 'America/New_York');
    expect(remindAt).toEqual(instantAt('2027-03-15', '09:30', 'America/New_York'));
    expect(closesAt).toEqual(instantAt('2027-03-24', '09:30', 'America/New_York'));
    expect(localDateOf(closesAt, 'America/New_York')).toBe('2027-03-24');
  });

  it('is plain days when no clock change falls inside', () => {
    const opened = instantAt('2027-04-01', '09:30', ZONE);
    const { remindAt, closesAt } = roundDates(opened, ZONE);
    expect(remindAt.getTime() - opened.getTime()).toBe(REMIND_AFTER_DAYS * 86_400_000);
    expect(closesAt.getTime() - opened.getTime()).toBe(CLOSE_AFTER_DAYS * 86_400_000);
  });
});
