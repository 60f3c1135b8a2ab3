import { describe, expect, it } from 'vitest';
import {
  addMonthsToDate,
  daysBetween,
  displayDate,
  isIsoDate,
  monthsBetween,
} from '../../../src/domain/dates';

describe('dates', () => {
  it('counts whole days in UTC across a daylight-saving change', () => {
    // 2026-03-08 is the US DST start; 2026-03-29 the EU one: still 31 and 30 days
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-03-15', '2026-04-14')).toBe(30);
  });

  it('converts months with the Gregorian mean month (365.25 / 12 days)', () => {
    expect(monthsBetween('2027-02-01', '2028-02-01')).toBeCloseTo(365 / 30.4375, 12);
    expect(addMonthsToDate('2027-02-01', 12)).toBe('2028-02-01'); // 365.25 days rounds to 365
  });

  it('rejects impossible dates and shows readable ones', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(displayDate('2030-09-16')).toBe('16 Sep 2030');
  });
});
