import { describe, expect, it } from 'vitest';
import { getPathway } from '../../../../src/domain/reference/index';
import { computeClock } from '../../../../src/engine/regulatory';

// DoPT list of Central Government holidays 2026 (Delhi/New Delhi), weekdays only in Mar–Jul:
// Holi 4 Mar, Ram Navami 26 Mar, Mahavir Jayanti 31 Mar, Good Friday 3 Apr, Ambedkar Jayanti 14 Apr
// (already in date-holidays), Buddha Purnima 1 May, Id-ul-Zuha 27 May, Muharram 26 Jun.
const OFF = new Set([
  '2026-03-04',
  '2026-03-26',
  '2026-03-31',
  '2026-04-03',
  '2026-04-14',
  '2026-05-01',
  '2026-05-27',
  '2026-06-26',
]);

/** Independent count: the date on which `n` working days after `from` have elapsed. */
function addWorkingDaysByHand(from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    const iso = d.toISOString().slice(0, 10);
    if (day !== 0 && day !== 6 && !OFF.has(iso)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

describe('CDSCO working days count the gazetted holidays', () => {
  it('puts the CT-04 decision for a 2 March 2026 submission on 16 July 2026 (8 days later than weekends-only-plus-national)', () => {
    const pathway = getPathway('cdsco-ct04')!;
    const result = computeClock(pathway, '2026-03-02');
    expect(addWorkingDaysByHand('2026-03-02', 90)).toBe('2026-07-16');
    expect(result.decision).toBe('2026-07-16');
    expect(result.warnings).toEqual([]);
  });

  it('warns when a clock runs past the shipped calendars (India 2026 only; China ends 2030)', () => {
    const india = computeClock(getPathway('cdsco-ct04')!, '2027-03-01');
    expect(india.warnings.join(' ')).toMatch(/India.*2027/);
    const china = computeClock(getPathway('nmpa-ind-60wd')!, '2030-11-20');
    expect(china.warnings.join(' ')).toMatch(/ends in 2030; 2031/);
    const inside = computeClock(getPathway('nmpa-ind-60wd')!, '2029-03-01');
    expect(inside.warnings).toEqual([]);
  });
});
