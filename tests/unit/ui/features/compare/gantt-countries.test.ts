import { describe, expect, it } from 'vitest';
import type { CountryOutcome } from '../../../../../src/engine/evaluation/evaluate';
import { ganttCountries } from '../../../../../src/ui/features/compare/gantt-countries';

const country = (iso2: string, firstSiteOpenP50: number) => ({ iso2, firstSiteOpenP50 }) as CountryOutcome;

describe('ganttCountries', () => {
  it('keeps the countries opening last, in their original order, and counts the rest', () => {
    // Given five countries, one never opening (NaN counts as last)
    const input = [
      country('A', 3),
      country('B', 9),
      country('C', Number.NaN),
      country('D', 1),
      country('E', 5),
    ];
    // When three are drawn
    const { shown, hidden } = ganttCountries(input, 3);
    // Then C (never), B (9) and E (5) remain in input order
    expect(shown.map((c) => c.iso2)).toEqual(['B', 'C', 'E']);
    expect(hidden).toBe(2);
  });

  it('draws every country up to the limit', () => {
    const input = [country('A', 3), country('B', 1)];
    expect(ganttCountries(input, 2)).toEqual({ shown: input, hidden: 0 });
  });
});
