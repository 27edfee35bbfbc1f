import { describe, expect, it } from 'vitest';
import { findAgendaDay, isAgendaDay } from '../../../src/features/agenda/agenda-day.ts';
import { classifyCommitment } from '../../../src/features/agenda/classify-commitment.ts';

const standard = { checkinWeekday: 1, reminderTime: '15:00', agendaWeekday: 2, agendaTime: '09:30' };

describe('isAgendaDay', () => {
  it('is the agenda weekday in an ordinary week, and no other day', () => {
    expect(isAgendaDay('2026-11-24', standard)).toBe(true);
    expect(isAgendaDay('2026-11-23', standard)).toBe(false);
    expect(isAgendaDay('2026-11-25', standard)).toBe(false);
  });
  it('moves off a holiday Tuesday', () => {
    expect(isAgendaDay('2027-04-27', standard)).toBe(false); // Koningsdag
    expect(isAgendaDay('2027-04-28', standard)).toBe(true);
  });
});

describe('findAgendaDay: the agenda follows the round by at least its reminder', () => {
  it.each([
    // week, schedule, agenda day — Easter Monday 2027-03-29 moves the check-in to Tuesday
    ['2026-W48', standard, '2026-11-24'],
    ['2027-W13', standard, '2027-03-31'], // round Tuesday 09:00, reminder 15:00: agenda Wednesday, not Tuesday 09:30
    ['2027-W13', { ...standard, agendaTime: '15:00' }, '2027-03-30'], // at the reminder: the same day is fine
    ['2027-W13', { ...standard, agendaTime: '16:30' }, '2027-03-30'],
    ['2027-W13', { ...standard, agendaWeekday: 3 }, '2027-03-31'],
    ['2026-W48', { ...standard, agendaWeekday: 1, agendaTime: '09:30' }, '2026-11-24'], // same day as the check-in, before its reminder
    ['2026-W48', { ...standard, checkinWeekday: 3, agendaWeekday: 2 }, '2026-11-24'], // agenda before the check-in: the team's choice
    ['2026-W48', { ...standard, agendaWeekday: 5, checkinWeekday: 5 }, null], // Friday check-in, Friday agenda before its reminder: none left
    ['2026-W52', standard, '2026-12-22'], // Christmas is Friday: nothing moves
  ] as const)('%s %j → %s', (week, schedule, day) => {
    expect(findAgendaDay(week, schedule)).toBe(day);
  });
});

describe('classifyCommitment', () => {
  it('is done when marked done or when a contact followed, otherwise open', () => {
    expect(classifyCommitment({ state: 'done', contactedSince: false })).toBe('done');
    expect(classifyCommitment({ state: 'open', contactedSince: true })).toBe('done');
    expect(classifyCommitment({ state: 'open', contactedSince: false })).toBe('open');
    expect(classifyCommitment({ state: 'dropped', contactedSince: false })).toBe('dropped');
  });
});
