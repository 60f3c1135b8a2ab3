import { describe, expect, it } from 'vitest';
import { dayOfWeek, isIsoDate, shippedCalendars } from '../../../../src/engine/calendar';

describe('shipped calendar data (data/calendars/*.json)', () => {
  it('carries provenance and real dates in the year they belong to', () => {
    for (const calendar of shippedCalendars) {
      for (const year of calendar.years) {
        // Given each year's entry
        expect(year.source.length).toBeGreaterThan(10);
        expect(isIsoDate(year.asOf)).toBe(true);
        // Then every date is real and inside its year
        for (const day of [...year.offDays, ...year.workingDays]) {
          expect(isIsoDate(day), `${calendar.country} ${day}`).toBe(true);
          expect(day.startsWith(`${year.year}-`), `${calendar.country} ${day}`).toBe(true);
        }
        // And make-up working days are weekend days that are not also days off
        for (const day of year.workingDays) {
          expect([0, 6]).toContain(dayOfWeek(day));
          expect(year.offDays).not.toContain(day);
        }
      }
    }
  });

  it('marks China after 2026 as a low-confidence projection', () => {
    const china = shippedCalendars.find((c) => c.country === 'CN');
    const years = china?.years ?? [];
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    for (const year of years) {
      expect(year.status).toBe(year.year <= 2026 ? 'official' : 'projection');
      if (year.status === 'projection') expect(year.confidence).toBe('low');
    }
    // Given the published totals: 2025 has 28 days off (1+8+3+5+3+8), 2026 has 33 (3+9+3+5+3+3+7)
    expect(years[0]?.offDays).toHaveLength(28);
    expect(years[1]?.offDays).toHaveLength(33);
  });
});
