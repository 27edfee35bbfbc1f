import { describe, expect, it } from 'vitest';
import { parseTimeOfDay, weekdayCronAt } from '../../src/domain/time-of-day.ts';

describe('time of day', () => {
  it.each([
    ['09:00', { hour: 9, minute: 0 }],
    ['9:05', { hour: 9, minute: 5 }],
    [' 23:59 ', { hour: 23, minute: 59 }],
    ['00:00', { hour: 0, minute: 0 }],
  ])('reads %s', (text, expected) => expect(parseTimeOfDay(text)).toEqual(expected));

  it.each(['24:00', '12:60', '9', '09:0', 'nine', '', '09:00:00'])('refuses %j', (text) => expect(parseTimeOfDay(text)).toBeNull());

  it('makes the working-day cron the team jobs fire on', () => {
    expect(weekdayCronAt('09:30')).toBe('30 9 * * 1-5');
    expect(weekdayCronAt('7:05')).toBe('5 7 * * 1-5');
    expect(() => weekdayCronAt('25:00')).toThrow('HH:MM');
  });
});
