import { describe, expect, it } from 'vitest';
import { bands, formatTick, linearScale, monthTicks, niceStep, niceTicks } from '../../../../../src/ui/components/charts/svg/scale';

describe('nice ticks', () => {
  it('steps by 1, 2 or 5 × 10^k as d3-scale does (thresholds √50, √10, √2)', () => {
    // 47/5 = 9.4 ≥ √50 → 10; 191,234/5 = 38,247 → 3.82 ≥ √10 → 50,000; 1.1/5 = 0.22 → 2.2 ≥ √2 → 0.2; 7/5 = 1.4 < √2 → 1
    expect(niceStep(47, 5)).toBe(10);
    expect(niceStep(191_234, 5)).toBe(50_000);
    expect(niceStep(1.1, 5)).toBeCloseTo(0.2, 12);
    expect(niceStep(7, 5)).toBe(1);
  });

  it('covers the data with whole steps, printing as typed (no 0.30000000000000004)', () => {
    expect(niceTicks(0, 191_234)).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
    expect(niceTicks(-0.5, 0.6)).toEqual([-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives an axis to a single value and to nothing at all', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(40, 40)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(-3, -3)).toEqual([-3, -2.5, -2, -1.5, -1, -0.5, 0]);
    expect(niceTicks(Number.NaN, Number.POSITIVE_INFINITY)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('puts month ticks on whole 1, 2, 3, 6 or 12 months', () => {
    expect(monthTicks(47)).toEqual([0, 6, 12, 18, 24, 30, 36, 42]);
    expect(monthTicks(9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(monthTicks(100)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96]);
  });
});

describe('scales', () => {
  it('maps a domain linearly, upward when the range is reversed', () => {
    const x = linearScale([0, 200], [50, 450]);
    expect([x(0), x(100), x(200)]).toEqual([50, 250, 450]);
    const y = linearScale([0, 10], [300, 100]);
    expect([y(0), y(2.5), y(10)]).toEqual([300, 250, 100]);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });

  it('splits a range into equal bands and finds the band under a position', () => {
    const b = bands(4, 100, 500);
    expect(b.size).toBe(100);
    expect([b.start(0), b.center(1), b.start(3)]).toEqual([100, 250, 400]);
    expect([b.index(99), b.index(250), b.index(499.9), b.index(900)]).toEqual([0, 1, 3, 3]);
  });

  it('prints ticks with the decimals of their step and thousands separators', () => {
    expect(formatTick(150_000, 50_000)).toBe('150,000');
    expect(formatTick(0.4, 0.2)).toBe('0.4');
    expect(formatTick(0.25, 0.05)).toBe('0.25');
    expect(formatTick(-0.6, 0.2)).toBe('-0.6');
    expect(formatTick(6, 2)).toBe('6');
  });
});
