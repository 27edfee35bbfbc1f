import { describe, expect, it } from 'vitest';
import { holidayName, isWorkingDay, nextWorkingDay, workingDaysInIsoWeek } from '../../src/domain/working-days.ts';

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday and false in the weekend', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
  });

  it.each([
    ['2026-01-01', 'Nieuwjaar'],
    ['2026-04-06', 'Tweede paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'Tweede pinksterdag'],
    ['2026-12-25', 'Kerstmis'],
    ['2026-12-26', 'Tweede kerstdag'],
  ])('is false on %s (%s)', (date, name) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(holidayName(date)).toBe(name);
  });

  it('treats Goede Vrijdag and Bevrijdingsdag as working days (date-holidays: not public)', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-05-05')).toBe(true);
    expect(isWorkingDay('2025-05-05')).toBe(true);
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday', () => {
    expect(holidayName('2025-04-26')).toBe('Koningsdag');
    expect(holidayName('2025-04-27')).toBeNull();
  });

  it('refuses a malformed date in Dutch', () => {
    expect(() => isWorkingDay('27-04-2026')).toThrow(/JJJJ-MM-DD/);
    expect(() => isWorkingDay('2026-13-01')).toThrow(/Ongeldige datum/);
  });
});

describe('holidayName', () => {
  it('speaks Dutch by default and English on request', () => {
    expect(holidayName('2027-05-06')).toBe('Hemelvaartsdag');
    expect(holidayName('2027-05-06', 'en')).toBe('Ascension Day');
    expect(holidayName('2026-12-25', 'en')).toBe('Christmas Day');
  });

  it('is null for ordinary days and observances', () => {
    expect(holidayName('2026-11-23')).toBeNull();
    expect(holidayName('2026-05-04')).toBeNull(); // Dodenherdenking: observance, not a day off
    expect(holidayName('2026-12-05')).toBeNull(); // Sinterklaasavond
  });
});

describe('nextWorkingDay', () => {
  it('skips weekends and holidays', () => {
    expect(nextWorkingDay('2026-11-23')).toBe('2026-11-24');
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-30'); // Friday → Monday
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-03'); // Goede Vrijdag works
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07'); // over Easter Monday
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28'); // Christmas on Fri/Sat
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04'); // New Year on Friday
  });
});

describe('workingDaysInIsoWeek', () => {
  it('lists Monday to Friday of an ordinary week', () => {
    expect(workingDaysInIsoWeek('2026-W48')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('leaves out holidays', () => {
    expect(workingDaysInIsoWeek('2026-W18')).toEqual(['2026-04-28', '2026-04-29', '2026-04-30', '2026-05-01']);
    expect(workingDaysInIsoWeek('2026-W20')).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']);
  });

  it('handles the week spanning new year', () => {
    expect(workingDaysInIsoWeek('2026-W53')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    expect(workingDaysInIsoWeek('2026-W01')).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02']);
  });

  it('refuses a bad period key', () => {
    expect(() => workingDaysInIsoWeek('2026-W60')).toThrow(/Ongeldige periode/);
  });
});
