import { describe, expect, it } from 'vitest';
import {
  Sfc32,
  fitLognormalFromTriangle,
  sampleGamma,
  samplePoisson,
  sampleShiftedLognormal,
  sampleStdNormal,
  sampleTriangular,
  sampleUniform,
} from '../../../../src/engine/random';
import { gammaCdf, normalCdf, normalQuantile } from '../../../../src/engine/stats';

const N = 200_000;

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(sample: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(sample).sort();
  let d = 0;
  for (let i = 0; i < sorted.length; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
  }
  return d;
}
// KS critical value at α = 0.001 is 1.95/√n.
const KS_CRIT = 1.95 / Math.sqrt(N);

function draw(n: number, f: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}
function mean(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

describe('Sfc32', () => {
  it('gives identical streams for identical seeds and different ones otherwise', () => {
    // Given two generators with seed 42 and one with seed 43
    const a = new Sfc32(42);
    const b = new Sfc32(42);
    const c = new Sfc32(43);
    // When 1000 outputs are drawn, then a and b agree and c differs
    const xa = draw(1000, () => a.nextU32());
    expect(draw(1000, () => b.nextU32())).toEqual(xa);
    expect(draw(1000, () => c.nextU32())).not.toEqual(xa);
  });
  it('produces uniforms strictly inside (0, 1) with mean 1/2', () => {
    const rng = new Sfc32('uniform');
    const xs = draw(N, () => rng.nextFloat());
    expect(xs.reduce((m, x) => Math.min(m, x), 1)).toBeGreaterThan(0);
    expect(xs.reduce((m, x) => Math.max(m, x), 0)).toBeLessThan(1);
    expect(ksDistance(xs, (x) => x)).toBeLessThan(KS_CRIT);
  });
});

describe('samplers', () => {
  it('ziggurat normal passes KS against Φ', () => {
    const rng = new Sfc32(1);
    expect(
      ksDistance(
        draw(N, () => sampleStdNormal(rng)),
        normalCdf,
      ),
    ).toBeLessThan(KS_CRIT);
  });
  it('ziggurat normal has the right tail mass beyond ±3', () => {
    const rng = new Sfc32(2);
    const xs = draw(2_000_000, () => sampleStdNormal(rng));
    const tail = xs.filter((x) => Math.abs(x) > 3).length / xs.length;
    const expected = 2 * normalCdf(-3); // 0.0026998
    // Binomial SE at n = 2e6 is 3.7e-5; allow 5 SE.
    expect(Math.abs(tail - expected)).toBeLessThan(5 * Math.sqrt((expected * (1 - expected)) / xs.length));
  });
  it.each([
    [0.4, 2],
    [1, 1],
    [1.5, 1.875],
    [7.3, 0.5],
  ])('gamma shape %f rate %f passes KS against the gamma CDF', (shape, rate) => {
    const rng = new Sfc32(`gamma${shape}`);
    const xs = draw(N, () => sampleGamma(rng, shape, rate));
    expect(ksDistance(xs, (x) => gammaCdf(x, shape, rate))).toBeLessThan(KS_CRIT);
  });
  it('uniform and triangular have their analytic CDFs', () => {
    const rng = new Sfc32(3);
    expect(
      ksDistance(
        draw(N, () => sampleUniform(rng, 1, 9)),
        (x) => (x - 1) / 8,
      ),
    ).toBeLessThan(KS_CRIT);
    const [a, c, b] = [2, 3, 10];
    const triCdf = (x: number) =>
      x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
    expect(
      ksDistance(
        draw(N, () => sampleTriangular(rng, a, c, b)),
        triCdf,
      ),
    ).toBeLessThan(KS_CRIT);
  });
  it('lognormal fit puts the mode at mode and max at the 95th percentile', () => {
    // Given min 30, mode 45, max 120 days
    const fit = fitLognormalFromTriangle(30, 45, 120);
    // Then exp(μ − σ²) = mode − min and exp(μ + z95 σ) = max − min
    expect(30 + Math.exp(fit.mu - fit.sigma ** 2)).toBeCloseTo(45, 10);
    expect(30 + Math.exp(fit.mu + normalQuantile(0.95) * fit.sigma)).toBeCloseTo(120, 10);
    // And sampling lands 5% above max and never below min
    const rng = new Sfc32(4);
    const xs = draw(N, () => sampleShiftedLognormal(rng, fit));
    expect(xs.filter((x) => x > 120).length / N).toBeCloseTo(0.05, 2);
    expect(xs.reduce((m, x) => Math.min(m, x), Infinity)).toBeGreaterThan(30);
  });
  it.each([0.7, 4, 25, 400])('poisson mean %f matches the exact pmf', (lambda) => {
    const rng = new Sfc32(`p${lambda}`);
    const xs = draw(N, () => samplePoisson(rng, lambda));
    // Given the Poisson CDF computed by summing the pmf, then KS on the discrete CDF holds.
    const cdf = (k: number) => {
      let s = 0;
      let logp = -lambda;
      for (let j = 0; j <= k; j++) {
        if (j > 0) logp += Math.log(lambda / j);
        s += Math.exp(logp);
      }
      return s;
    };
    expect(Math.abs(mean(xs) - lambda)).toBeLessThan(5 * Math.sqrt(lambda / N));
    // Compare empirical and exact CDF at the quartiles of the distribution.
    const sorted = Float64Array.from(xs).sort();
    for (const q of [0.25, 0.5, 0.75]) {
      const k = sorted[Math.floor(q * N)]!;
      const emp = sorted.filter((x) => x <= k).length / N;
      expect(Math.abs(emp - cdf(k))).toBeLessThan(KS_CRIT);
    }
  });
});
