import { describe, expect, it } from 'vitest';
import { isAgendaDay } from '../../../src/features/agenda/agenda-day.ts';
import { classifyCommitment } from '../../../src/features/agenda/classify-commitment.ts';

describe('isAgendaDay', () => {
  it('is the agenda weekday in an ordinary week, and no other day', () => {
    expect(isAgendaDay('2026-11-24', 2)).toBe(true);
    expect(isAgendaDay('2026-11-23', 2)).toBe(false);
    expect(isAgendaDay('2026-11-25', 2)).toBe(false);
  });
  it('stays on Tuesday after Easter Monday and moves off a holiday Tuesday', () => {
    expect(isAgendaDay('2027-03-30', 2)).toBe(true);
    expect(isAgendaDay('2027-04-27', 2)).toBe(false);
    expect(isAgendaDay('2027-04-28', 2)).toBe(true);
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
