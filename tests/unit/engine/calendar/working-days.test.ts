import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  dayOfWeek,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  shiftDays,
} from '../../../../src/engine/calendar';

describe('ISO date arithmetic (UTC day numbers)', () => {
  it('knows weekdays, month ends and leap years', () => {
    // Given known weekdays: 2025-03-03 was a Monday, 2024-02-29 a Thursday
    expect(dayOfWeek('2025-03-03')).toBe(1);
    expect(dayOfWeek('2024-02-29')).toBe(4);
    // When shifting across Feb in a leap and a common year
    expect(shiftDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDays('2025-02-28', 1)).toBe('2025-03-01');
    // Then invalid dates are rejected
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate('2025-03-01')).toBe(true);
  });

  it('counts calendar days from the day after the start', () => {
    // Given a start of 2025-03-03, day 1 is 03-04, so day 30 is 04-02 (RD-1)
    expect(addCalendarDays('2025-03-03', 30)).toBe('2025-04-02');
  });
});

describe('China: State Council schedule with make-up working days (调休)', () => {
  it('treats make-up weekend days as working days and bridge days as days off', () => {
    // Given the 2025 notice: Sun 26 Jan and Sat 8 Feb are working days; 28 Jan–4 Feb off
    expect(isWorkingDay('2025-01-26', 'CN')).toBe(true);
    expect(isWorkingDay('2025-02-08', 'CN')).toBe(true);
    expect(isWorkingDay('2025-02-04', 'CN')).toBe(false);
    // And the 2026 notice: Sat 14 Feb, Sat 28 Feb, Sun 20 Sep, Sat 10 Oct working; 23 Feb off
    for (const day of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10', '2026-01-04']) {
      expect(isWorkingDay(day, 'CN')).toBe(true);
    }
    expect(isWorkingDay('2026-02-23', 'CN')).toBe(false);
    // Then Children's Day (Mon 1 Jun 2026), a day off for children only, is a working day
    expect(isWorkingDay('2026-06-01', 'CN')).toBe(true);
    // And an ordinary Saturday is not
    expect(isWorkingDay('2026-03-07', 'CN')).toBe(false);
  });

  it('uses the projected statutory days (with weekday substitutes) after 2026', () => {
    // Given the 2027 projection: Spring Festival eve Fri 5 Feb … Mon 8 Feb, with Sat 6/Sun 7
    // compensated on Tue 9 and Wed 10 Feb (Art. 6 of the holiday measures)
    expect(isWorkingDay('2027-02-08', 'CN')).toBe(false);
    expect(isWorkingDay('2027-02-10', 'CN')).toBe(false);
    expect(isWorkingDay('2027-02-11', 'CN')).toBe(true);
  });
});

describe('Other national calendars', () => {
  it('skips UK (England) bank holidays', () => {
    // Given Spring bank holiday Mon 26 May 2025: from Thu 22 May, WD1 = Fri 23, WD2 = Tue 27,
    // WD3 = Wed 28
    expect(addWorkingDays('2025-05-22', 3, 'GB')).toBe('2025-05-28');
    // And the Summer bank holiday (England only) on 25 Aug 2025 is not a working day
    expect(isWorkingDay('2025-08-25', 'GB')).toBe(false);
  });

  it('skips Japan Golden Week and the government year-end closure', () => {
    // Given Golden Week 2025: Tue 29 Apr, Sat 3–Tue 6 May off. From Fri 25 Apr:
    // Mon 28 (1), [29 off], Wed 30 (2), Thu 1 May (3), Fri 2 (4), [3–6 off], Wed 7 May (5)
    expect(addWorkingDays('2025-04-25', 5, 'JP')).toBe('2025-05-07');
    // And offices close 29 Dec–3 Jan: from Fri 26 Dec 2025 the next working day is Mon 5 Jan 2026
    expect(addWorkingDays('2025-12-26', 1, 'JP')).toBe('2026-01-05');
  });

  it('corrects Korea Seollal to the day before, the day and the day after', () => {
    // Given Seollal 2025 = 29 Jan (lunar 1/1): days off 28, 29, 30 Jan, plus the temporary
    // holiday 27 Jan; Fri 31 Jan is a working day
    expect(isWorkingDay('2025-01-27', 'KR')).toBe(false);
    expect(isWorkingDay('2025-01-28', 'KR')).toBe(false);
    expect(isWorkingDay('2025-01-31', 'KR')).toBe(true);
    // And 2026: Seollal 17 Feb → 16–18 Feb off, 19 Feb working; Chuseok substitute 8 Oct 2025 off
    expect(isWorkingDay('2026-02-16', 'KR')).toBe(false);
    expect(isWorkingDay('2026-02-19', 'KR')).toBe(true);
    expect(isWorkingDay('2025-10-08', 'KR')).toBe(false);
  });

  it('honours Taiwan make-up Saturdays and Friday-Saturday weekends in Israel', () => {
    expect(isWorkingDay('2025-02-08', 'TW')).toBe(true);
    expect(isWorkingDay('2025-01-27', 'TW')).toBe(false);
    // Given Israel's Friday–Saturday weekend: Sun 2 Mar 2025 is a working day, Fri 7 Mar is not
    expect(isWorkingDay('2025-03-02', 'IL')).toBe(true);
    expect(isWorkingDay('2025-03-07', 'IL')).toBe(false);
  });

  it('moves to the next working day only when needed', () => {
    // Given Easter Monday 21 Apr 2025 in Germany
    expect(nextWorkingDay('2025-04-18', 'DE')).toBe('2025-04-22');
    expect(nextWorkingDay('2025-04-22', 'DE')).toBe('2025-04-22');
    // And weekends only ('NONE'): RD-3 and RD-4
    expect(addWorkingDays('2025-03-03', 30, 'NONE')).toBe('2025-04-14');
    expect(addWorkingDays('2025-03-03', 90, 'NONE')).toBe('2025-07-07');
  });

  it('refuses an unknown calendar code', () => {
    expect(() => isWorkingDay('2025-03-03', 'XX')).toThrow(/holidayCalendar "XX"/);
  });
});
