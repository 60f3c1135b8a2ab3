import { describe, expect, it } from 'vitest';
import { OTHER_COUNTRIES, topCountries } from '../../../../../src/ui/features/compare/top-countries';

describe('topCountries', () => {
  it('keeps the costliest countries over all scenarios and sums the rest, preserving each total', () => {
    // Given two scenarios over five countries, where C is costly only in the second
    const input: Record<string, number>[] = [
      { A: 10, B: 5, C: 0, D: 1, E: 1 },
      { A: 8, C: 20, D: 2, E: 0.5 },
    ];
    // When two countries are kept
    const out = topCountries(input, 2);
    // Then A (18) and C (20) stay, B, D and E are summed, and totals are unchanged
    expect(out).toEqual([
      { A: 10, C: 0, [OTHER_COUNTRIES]: 7 },
      { A: 8, C: 20, [OTHER_COUNTRIES]: 2.5 },
    ]);
  });

  it('leaves small comparisons alone (no "Other" band for a single leftover country)', () => {
    const input = [{ A: 1, B: 2, C: 3 }];
    expect(topCountries(input, 2)).toBe(input);
  });
});
