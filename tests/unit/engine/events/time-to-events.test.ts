import { describe, expect, it } from 'vitest';
import {
  entriesFromSites,
  expectedEventsAt,
  hazardFromMedian,
  selectKth,
  simulateFromEnrollmentRuns,
  simulateUniformAccrual,
  summariseTimes,
  uniformAccrual,
  type EventModel,
} from '../../../../src/engine/events';
import { Sfc32 } from '../../../../src/engine/random';

/**
 * With entry uniform on [0, A], patients are i.i.d.: each has its event observed by month t with
 * probability p(t) = E(t)/n (E the closed-form expected events). So the number of events by t is
 * Binomial(n, p(t)) and P(T_D ≤ t) = P(Binomial(n, p(t)) ≥ D) exactly. The simulation's quantiles
 * are checked against that CDF (written here from log-factorials, independent of the engine).
 */
function binomialUpperTail(n: number, p: number, d: number): number {
  const lf = (k: number) => {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  };
  const lfn = lf(n);
  let total = 0;
  let lfk = lf(d - 1);
  for (let k = d; k <= n; k++) {
    lfk += Math.log(k);
    total += Math.exp(lfn - lfk - lf(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }
  return total;
}

const model: EventModel = {
  pieceStarts: [0],
  controlHazards: [hazardFromMedian(12)],
  hazardRatio: 0.75,
  allocation: 0.5,
  dropoutHazard: 0.01,
};

describe('time to the D-th event (simulation)', () => {
  it('uniform accrual: P10/P50/P90 sit where the exact binomial CDF says, within sampling error', () => {
    const runs = 4000;
    const n = 600;
    const D = 400;
    const times = simulateUniformAccrual(model, n, 24, D, runs, 7);
    const s = summariseTimes(times);
    for (const [q, t] of [
      [0.1, s.p10],
      [0.5, s.p50],
      [0.9, s.p90],
    ] as const) {
      const p = expectedEventsAt(model, uniformAccrual(n, 24), [t])[0]!.expectedEvents / n;
      const cdf = binomialUpperTail(n, p, D);
      // 4 standard errors of an empirical quantile's coverage: sqrt(q(1 − q)/runs).
      expect(Math.abs(cdf - q)).toBeLessThan(4 * Math.sqrt((q * (1 - q)) / runs));
    }
    // The mean sits near where the expected-events curve crosses D (the CDF is nearly symmetric).
    expect(s.mean).toBeGreaterThan(s.p10);
    expect(s.mean).toBeLessThan(s.p90);
  });

  it('piecewise hazards: same exact check', () => {
    const pw: EventModel = {
      pieceStarts: [0, 6],
      controlHazards: [0.04, 0.08],
      hazardRatio: 0.7,
      allocation: 2 / 3,
      dropoutHazard: 0.004,
    };
    const runs = 3000;
    const times = simulateUniformAccrual(pw, 300, 18, 150, runs, 'pw');
    const s = summariseTimes(times);
    const p = expectedEventsAt(pw, uniformAccrual(300, 18), [s.p50])[0]!.expectedEvents / 300;
    expect(Math.abs(binomialUpperTail(300, p, 150) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs));
  });

  it('is seeded: same seed, same runs; another seed differs', () => {
    const a = simulateUniformAccrual(model, 200, 12, 100, 50, 3);
    const b = simulateUniformAccrual(model, 200, 12, 100, 50, 3);
    const c = simulateUniformAccrual(model, 200, 12, 100, 50, 4);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('runs that can never see D events (dropout too high) are Infinity', () => {
    const leaky = { ...model, dropoutHazard: 5 };
    const s = summariseTimes(simulateUniformAccrual(leaky, 100, 12, 90, 20, 1));
    expect(s.p50).toBe(Infinity);
  });
});

describe('entry times from a run of site openings', () => {
  it('follow the density λ(t)/Λ(T): sites open at 0 and 5 with equal rates, T = 10', () => {
    // Density ∝ 1 on [0, 5], 2 on [5, 10]: Λ(T) = 15, mean = (12.5 + 75)/15 = 5.8333…
    const rng = new Sfc32(11);
    const n = 200_001;
    const out = new Float64Array(n);
    entriesFromSites(
      [5, 0],
      [1, 1],
      2,
      10,
      n,
      rng,
      new Int32Array(2),
      new Float64Array(2),
      new Float64Array(2),
      new Float64Array(2),
      out,
    );
    expect(out[n - 1]).toBe(10);
    let sum = 0;
    let early = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n - 1; i++) {
      sum += out[i]!;
      if (out[i]! < 5) early++;
      lo = Math.min(lo, out[i]!);
      hi = Math.max(hi, out[i]!);
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(10);
    expect(sum / (n - 1)).toBeCloseTo(87.5 / 15, 1);
    expect(early / (n - 1)).toBeCloseTo(1 / 3, 2);
  });

  it('enrollment runs with one site open from month 0 behave like uniform accrual', () => {
    const runs = 3000;
    const n = 300;
    const D = 200;
    const enrollment = {
      runs,
      sites: 2,
      lpiMonths: new Float64Array(runs).fill(20),
      activationMonths: Float32Array.from({ length: 2 * runs }, (_, i) => (i % 2 ? Number.NaN : 0)),
      siteRates: Float32Array.from({ length: 2 * runs }, () => 15),
    };
    const s = summariseTimes(simulateFromEnrollmentRuns(model, n, D, enrollment, 5));
    // n − 1 uniform on [0, 20] and one at 20: within sampling error of uniform accrual of n.
    const p = expectedEventsAt(model, uniformAccrual(n, 20), [s.p50])[0]!.expectedEvents / n;
    expect(Math.abs(binomialUpperTail(n, p, D) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs) + 0.01);
  });
});

describe('selectKth', () => {
  it('agrees with sorting on random, sorted, reversed and tied input', () => {
    const rng = new Sfc32(2);
    const cases = [
      Float64Array.from({ length: 501 }, () => rng.nextFloat()),
      Float64Array.from({ length: 300 }, (_, i) => i),
      Float64Array.from({ length: 300 }, (_, i) => 300 - i),
      Float64Array.from({ length: 257 }, () => Math.floor(rng.nextFloat() * 5)),
      Float64Array.from({ length: 100 }, (_, i) => (i % 3 ? Infinity : i)),
    ];
    for (const a of cases) {
      const sorted = Float64Array.from(a).sort();
      for (const k of [0, 1, Math.floor(a.length / 2), a.length - 1])
        expect(selectKth(Float64Array.from(a), a.length, k)).toBe(sorted[k]);
    }
  });
});
