import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntensityInverter } from '../../../../src/engine/forecast/monte-carlo/intensity-inverse';

/** Reference: sort the openings and walk the linear pieces of Λ until it reaches g. */
function walkPieces(open: number[], lam: number[], g: number): number {
  const sites = open
    .map((u, i) => ({ u, l: lam[i]! }))
    .filter((s) => s.l > 0)
    .sort((a, b) => a.u - b.u);
  let slope = 0;
  let intercept = 0;
  for (let k = 0; k < sites.length; k++) {
    slope += sites[k]!.l;
    intercept += sites[k]!.l * sites[k]!.u;
    const root = (g + intercept) / slope;
    const next = k + 1 < sites.length ? sites[k + 1]!.u : Infinity;
    if (root <= next) return root;
  }
  return NaN;
}

function solve(open: number[], lam: number[], g: number): number {
  const active = open.filter((_, i) => lam[i]! > 0);
  return new IntensityInverter(open.length).solve(
    Float64Array.from(open),
    Float64Array.from(lam),
    Math.min(...active),
    Math.max(...active),
    g,
  );
}

describe('IntensityInverter: Λ(t) = g before the last opening', () => {
  it('matches a hand example: λ = 1 from month 1, 2 from month 3, 1 from month 10; g = 6 → t = 11/3', () => {
    // Λ(3) = 2 < 6; after 3 the slope is 3: 2 + 3(t − 3) = 6 → t = 3 + 4/3
    expect(solve([1, 3, 10], [1, 2, 1], 6)).toBeCloseTo(13 / 3, 12);
  });

  it('agrees with walking the sorted pieces on random sites (clustered, tied and zero-rate openings too)', () => {
    const site = fc.record({
      u: fc.oneof(fc.double({ min: 0, max: 12, noNaN: true }), fc.constantFrom(2, 2, 5)),
      l: fc.oneof(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.constant(0)),
    });
    fc.assert(
      fc.property(
        fc.array(site, { minLength: 2, maxLength: 300 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (sites, share) => {
          const open = sites.map((s) => s.u);
          const lam = sites.map((s) => s.l);
          const active = sites.filter((s) => s.l > 0);
          if (active.length < 1) return;
          const maxU = Math.max(...active.map((s) => s.u));
          const atMax = active.reduce((a, s) => a + s.l * (maxU - s.u), 0);
          if (!(atMax > 1e-9)) return;
          // Given g strictly below Λ(max u), Then both solutions agree to 1e-9 (relative)
          const g = share * atMax;
          const expected = walkPieces(open, lam, g);
          expect(Math.abs(solve(open, lam, g) - expected)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(expected)),
          );
        },
      ),
      { numRuns: 2000, seed: 17 },
    );
  });
});
