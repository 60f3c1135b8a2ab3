import { describe, expect, it } from 'vitest';
import { forecast } from '../../../../src/engine/forecast';
import { Sfc32, sampleGamma } from '../../../../src/engine/random';

/**
 * Independent brute-force simulator for the capped case: every site's arrivals generated one by
 * one (exponential gaps), per-country truncation at its cap, then the n-th smallest overall.
 */
function bruteForceTimes(
  runs: number,
  seed: number,
  target: number,
  groups: Array<{ count: number; shape: number; rate: number; country: string; cap?: number }>,
  caps: Record<string, number>,
): number[] {
  const rng = new Sfc32(seed);
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const byCountry = new Map<string, number[]>();
    for (const g of groups) {
      for (let k = 0; k < g.count; k++) {
        const lambda = sampleGamma(rng, g.shape, g.rate);
        const list = byCountry.get(g.country) ?? [];
        let t = 0;
        for (let a = 0; a < Math.min(g.cap ?? Infinity, caps[g.country] ?? Infinity, target); a++) {
          t += -Math.log(rng.nextFloat()) / lambda;
          list.push(t);
        }
        byCountry.set(g.country, list);
      }
    }
    const all: number[] = [];
    for (const [c, list] of byCountry) all.push(...list.sort((a, b) => a - b).slice(0, caps[c] ?? Infinity));
    all.sort((a, b) => a - b);
    out.push(all.length >= target ? all[target - 1]! : Infinity);
  }
  return out.sort((a, b) => a - b);
}

describe('caps (competitive enrolment)', () => {
  it('a country never exceeds its cap; a target beyond all caps is never reached', () => {
    // Given one country capped at 100 and a target of 150
    const r = forecast(
      {
        target: 150,
        sites: [{ count: 20, shape: 2, rate: 2, countryId: 'A' }],
        countryCaps: { A: 100 },
        at: [60],
        deadline: 60,
      },
      { method: 'monte-carlo', runs: 2000, seed: 5, curveMonths: [6, 12, 60] },
    );
    // Then no run reaches it and the count never passes 100
    expect(r.timeToTarget.p50).toBe(Infinity);
    expect(r.timeToTarget.mean).toBe(Infinity);
    expect(r.pReachByDeadline).toBe(0);
    for (const c of r.curve) expect(c.p90).toBeLessThanOrEqual(100);
    expect(r.curve[2]!.p10).toBe(100);
    expect(r.at![0]!.pReachTarget).toBe(0);
  });
  it('site caps: 10 sites capped at 5 reach 50 but never 51', () => {
    const base = { sites: [{ count: 10, shape: 2, rate: 2, cap: 5 }] };
    expect(
      Number.isFinite(
        forecast({ ...base, target: 50 }, { method: 'monte-carlo', runs: 500 }).timeToTarget.p90,
      ),
    ).toBe(true);
    expect(forecast({ ...base, target: 51 }, { method: 'monte-carlo', runs: 500 }).timeToTarget.p10).toBe(
      Infinity,
    );
  });
  it('matches an independent brute-force simulation with a country cap and site caps', () => {
    // Given A (25 sites, cap 100) competing with B (25 sites, each capped at 3), target 150
    const groups = [
      { count: 25, shape: 2, rate: 4, country: 'A' },
      { count: 25, shape: 2, rate: 4, country: 'B', cap: 3 },
    ];
    const r = forecast(
      { target: 150, sites: groups.map((g) => ({ ...g, countryId: g.country })), countryCaps: { A: 100 } },
      { method: 'monte-carlo', runs: 20_000, seed: 9 },
    );
    const brute = bruteForceTimes(5000, 10, 150, groups, { A: 100 });
    const q = (p: number) => brute[Math.floor(p * (brute.length - 1))]!;
    // 20k engine runs vs 5k brute-force runs: SE of the difference of medians ≈ 0.5% here; allow 2%.
    expect(Math.abs(r.timeToTarget.p50 / q(0.5) - 1)).toBeLessThan(0.02);
    expect(Math.abs(r.timeToTarget.p90 / q(0.9) - 1)).toBeLessThan(0.02);
    // Composition: A stops at its cap; B supplies the rest.
    expect(r.expectedByCountry.A!).toBeLessThanOrEqual(100);
    expect(r.expectedByCountry.A! + r.expectedByCountry.B!).toBeCloseTo(150, 6);
  });
  it('the approximation refuses caps and auto uses Monte Carlo', () => {
    const input = { target: 50, sites: [{ count: 10, shape: 2, rate: 2, cap: 6 }] };
    expect(() => forecast(input, { method: 'approx' })).toThrow(/caps/);
    expect(forecast(input, { runs: 200 }).method).toBe('monte-carlo');
  });
});
