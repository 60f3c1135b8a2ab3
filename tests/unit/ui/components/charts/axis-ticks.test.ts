import { describe, expect, it } from 'vitest';
import { monthTicks, roundTicks } from '../../../../../src/ui/components/charts/recharts/axis-style';

describe('axis ticks of our own (drawn without measuring)', () => {
  it('month ticks fall on 1, 2, 3, 6, 12, 24 or 36-month steps, at most seven, never past the end', () => {
    expect(monthTicks(48)).toEqual([0, 12, 24, 36, 48]);
    expect(monthTicks(47.5)).toEqual([0, 12, 24, 36]);
    expect(monthTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(monthTicks(200).length).toBeLessThanOrEqual(7);
    expect(monthTicks(0)).toEqual([0]);
  });

  it('value ticks use round steps (1, 2, 2.5, 5 × 10^k) up to the maximum', () => {
    expect(roundTicks(976)).toEqual([0, 200, 400, 600, 800]);
    expect(roundTicks(1200)).toEqual([0, 250, 500, 750, 1000]);
    expect(roundTicks(0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});
