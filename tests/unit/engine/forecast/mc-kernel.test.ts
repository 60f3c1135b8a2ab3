import { describe, expect, it } from 'vitest';
import { allocateSites } from '../../../../src/engine/forecast';
import {
  boostRates,
  drawOpenings,
  drawRates,
  planOpenings,
} from '../../../../src/engine/forecast/monte-carlo/kernel-passes';
import {
  drawUniformRun,
  planUniformRun,
} from '../../../../src/engine/forecast/monte-carlo/kernel-fused-uniform';
import { gammaConsts } from '../../../../src/engine/forecast/monte-carlo/kernel-constants';
import { Sfc32 } from '../../../../src/engine/random/sfc32';

/** erf by its Maclaurin series (exact to ~1e-13 for |z| ≤ 3.5; erf(z) > 1 − 1e-6 beyond). */
function erf(z: number): number {
  if (z > 3.5) return 1;
  let term = z;
  let sum = z;
  for (let n = 1; n < 120; n++) {
    term *= (-z * z) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** Closed-form Gamma(shape, 1) CDFs, independent of the engine's incomplete gamma. */
const GAMMA_CDF: Record<number, (x: number) => number> = {
  0.5: (x) => erf(Math.sqrt(x)),
  1.5: (x) => erf(Math.sqrt(x)) - 2 * Math.sqrt(x / Math.PI) * Math.exp(-x),
  3: (x) => 1 - Math.exp(-x) * (1 + x + (x * x) / 2),
};

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(sample: number[], cdf: (x: number) => number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
  });
  return d;
}

const SITES = 200;
const RUNS = 500;
/** KS critical value at α = 0.001 for n = 100 000: 1.95/√n. */
const KS_CRITICAL = 1.95 / Math.sqrt(SITES * RUNS);

function drawAll(shape: number, rate: number, seed: number): number[] {
  const shapes = new Float64Array(SITES).fill(shape);
  const { d, c, boostIdx, boostInv } = gammaConsts(shapes);
  const invRate = new Float64Array(SITES).fill(1 / rate);
  const open = new Float64Array(SITES);
  const lam = new Float64Array(SITES);
  const pending = new Int32Array(2 * SITES);
  const rng = new Sfc32(seed);
  const out: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    drawRates(rng, open, d, c, invRate, lam, pending);
    if (boostIdx.length > 0) boostRates(rng, boostIdx, boostInv, lam);
    out.push(...lam);
  }
  return out;
}

describe('site rate draws (Marsaglia–Tsang with deferred ziggurat slow path)', () => {
  for (const shape of [0.5, 1.5, 3]) {
    it(`Gamma(${shape}, 1): 100 000 draws pass a Kolmogorov–Smirnov test against the closed-form CDF`, () => {
      // Given rates drawn for 200 sites × 500 runs
      const sample = drawAll(shape, 1, 41);
      // Then the KS distance is below the 0.1 % critical value (a wrong tail or a biased slow path shows up here)
      expect(ksDistance(sample, GAMMA_CDF[shape]!)).toBeLessThan(KS_CRITICAL);
    });
  }

  it('rates are scaled by the Gamma rate: mean α/β and variance α/β² within 4 standard errors', () => {
    // Given shape 1.5 and rate 1.875 (mean 0.8 patients/site/month)
    const sample = drawAll(1.5, 1.875, 7);
    const n = sample.length;
    const mean = sample.reduce((a, b) => a + b, 0) / n;
    const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    // Then: Var = 1.5/1.875² = 0.4267, SE(mean) = √(0.4267/n); SE(variance) ≈ √((μ4 − σ⁴)/n) with μ4 = 3α(α+2)/β⁴
    expect(Math.abs(mean - 0.8)).toBeLessThan(4 * Math.sqrt(0.42667 / n));
    const mu4 = (3 * 1.5 * 3.5) / 1.875 ** 4;
    expect(Math.abs(variance - 0.42667)).toBeLessThan(4 * Math.sqrt((mu4 - 0.42667 ** 2) / n));
  });

  it('a site that never opens gets rate 0 and no draw', () => {
    const { d, c } = gammaConsts(new Float64Array([1.5, 1.5]));
    const lam = new Float64Array(2);
    drawRates(
      new Sfc32(1),
      Float64Array.from([Infinity, 2]),
      d,
      c,
      new Float64Array([1, 1]),
      lam,
      new Int32Array(4),
    );
    expect(lam[0]).toBe(0);
    expect(lam[1]).toBeGreaterThan(0);
  });
});

describe('independent site openings', () => {
  it('uniform, triangular, fixed and never-opening sites follow their distributions', () => {
    // Given one site of each kind (triangular 2/4/10 has mean 16/3; uniform 1–9 mean 5), 30 % never for the last
    const s = allocateSites(4);
    s.openKind.set([0, 1, 2, 1]);
    s.openA.set([3, 1, 2, 1]);
    s.openB.set([0, 9, 10, 9]);
    s.openC.set([0, 0, 4, 0]);
    s.pNever.set([0, 0, 0, 0.3]);
    const plan = planOpenings(s, 0);
    const rng = new Sfc32(5);
    const open = new Float64Array(4);
    const runs = 40_000;
    let sumUniform = 0;
    let sumTri = 0;
    let never = 0;
    let outside = 0;
    for (let r = 0; r < runs; r++) {
      drawOpenings(rng, plan, s.openA, s.openB, s.openC, open);
      expect(open[0]).toBe(3);
      sumUniform += open[1]!;
      sumTri += open[2]!;
      if (open[3] === Infinity) never++;
      if (open[1]! < 1 || open[1]! > 9 || open[2]! < 2 || open[2]! > 10) outside++;
    }
    // Then means within 4 SE (uniform SD 2.31, triangular SD √(14/9·… ) = 1.70) and the never share within 4 SE
    expect(outside).toBe(0);
    expect(Math.abs(sumUniform / runs - 5)).toBeLessThan(4 * (2.31 / Math.sqrt(runs)));
    expect(Math.abs(sumTri / runs - 16 / 3)).toBeLessThan(4 * (1.7 / Math.sqrt(runs)));
    expect(Math.abs(never / runs - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / runs));
  });

  it('openings before "now" are clamped to now', () => {
    const s = allocateSites(2);
    s.openKind.set([0, 1]);
    s.openA.set([1, 0]);
    s.openB.set([0, 4]);
    const plan = planOpenings(s, 2);
    const open = new Float64Array(2);
    const rng = new Sfc32(9);
    for (let r = 0; r < 1000; r++) {
      drawOpenings(rng, plan, s.openA, s.openB, s.openC, open);
      expect(open[0]).toBe(2);
      expect(open[1]).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('fused run for fixed/uniform openings (no start-up, none never, shapes ≥ 1)', () => {
  it('applies only to that plan', () => {
    const s = allocateSites(2);
    s.openKind.set([0, 1]);
    s.openA.set([2, 1]);
    s.openB.set([0, 9]);
    expect(planUniformRun(s, 0, false)).toBeDefined();
    expect(planUniformRun(s, 0, true)).toBeUndefined();
    s.pNever[0] = 0.1;
    expect(planUniformRun(s, 0, false)).toBeUndefined();
    s.pNever[0] = 0;
    s.openKind[1] = 2;
    expect(planUniformRun(s, 0, false)).toBeUndefined();
  });

  it('rates pass the KS test, openings are fixed or uniform, and the run sums match the draws', () => {
    // Given 199 sites opening U(1, 9) and one fixed at month 4, Gamma(1.5, 1) rates
    const s = allocateSites(SITES);
    for (let i = 0; i < SITES; i++) {
      s.shape[i] = 1.5;
      s.openKind[i] = i === 0 ? 0 : 1;
      s.openA[i] = i === 0 ? 4 : 1;
      s.openB[i] = 9;
    }
    const plan = planUniformRun(s, 0, false)!;
    const { d, c } = gammaConsts(s.shape);
    const invRate = new Float64Array(SITES).fill(1);
    const open = new Float64Array(SITES);
    const lam = new Float64Array(SITES);
    const sums = new Float64Array(4);
    const rng = new Sfc32(23);
    const rates: number[] = [];
    let openSum = 0;
    for (let r = 0; r < RUNS; r++) {
      drawUniformRun(
        rng,
        plan.lo,
        plan.width,
        plan.now,
        d,
        c,
        invRate,
        open,
        lam,
        new Int32Array(2 * SITES),
        sums,
      );
      rates.push(...lam);
      expect(open[0]).toBe(4);
      let sumL = 0;
      let sumLU = 0;
      for (let i = 0; i < SITES; i++) {
        sumL += lam[i]!;
        sumLU += lam[i]! * open[i]!;
        if (i > 0) openSum += open[i]!;
      }
      // Then the fused sums equal sums recomputed from the draws (pending sites included)
      expect(sums[0]).toBeCloseTo(sumL, 9);
      expect(sums[1]).toBeCloseTo(sumLU, 9);
      expect(sums[2]).toBe(Math.max(...open));
      expect(sums[3]).toBe(Math.min(...open));
    }
    expect(ksDistance(rates, GAMMA_CDF[1.5]!)).toBeLessThan(KS_CRITICAL);
    const openings = RUNS * (SITES - 1);
    expect(Math.abs(openSum / openings - 5)).toBeLessThan(4 * (2.31 / Math.sqrt(openings)));
  });
});
