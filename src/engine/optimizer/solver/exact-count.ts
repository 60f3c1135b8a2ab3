/**
 * Exact count distribution of a mix, to confirm borderline answers of the moment-matched search
 * (issue #20: on a stress case — shape 0.5, target 80, a 20% share required with probability
 * 0.7 — the analytic P of the true optimum was just under the line, so a 0.03% dearer mix won).
 *
 * One site of country c recruits N ~ Poisson(λ(1 − d)τ), λ ~ Gamma(m²/v, m/v), τ = (W − u)⁺:
 * given τ, N is negative binomial (Poisson when v = 0); a uniform opening u ~ U(a, b) mixes over
 * τ, integrated by 8 × 8-point Gauss–Legendre (the pmf is smooth in τ) plus the point mass at 0
 * of openings after W. Sites are independent, so a country's count is the n-fold convolution and
 * the total the convolution over countries. P(total ≥ n) needs only the first n terms (exact
 * truncation); a region's P(A/(A + B) ≥ s) = Σ_a P(A = a)·P(B ≤ (1 − s)a/s) is summed up to a
 * length K with tail mass below ~1e-9. This is the model monteCarloCheck simulates.
 */
import { GAUSS_LEGENDRE_8_NODES, GAUSS_LEGENDRE_8_WEIGHTS, logGamma } from '../../stats/index';
import type { CompiledProblem } from './model';
import type { CountrySpec } from './spec';

const GL_X = GAUSS_LEGENDRE_8_NODES;
const GL_W = GAUSS_LEGENDRE_8_WEIGHTS;
const PANELS = 8;

/** P(N = k), k < length, for one site of `country` by month W. */
export function sitePmf(country: CountrySpec, windowMonths: number, length: number): Float64Array {
  const out = new Float64Array(length);
  const q = 1 - country.dropoutRate;
  const m = country.rateMean;
  const v = country.rateVariance;
  const logFact = Float64Array.from({ length }, (_, k) => logGamma(k + 1));
  // A rate variance so small that the Gamma shape exceeds 1e8 is a Poisson count to double
  // precision (and a shape of Infinity, from a variance of 5e-324 found by fuzzing, would be NaN).
  const gammaRate = v > 0 && (m * m) / v <= 1e8;
  const alpha = gammaRate ? (m * m) / v : 0;
  const beta = gammaRate ? m / v : 0;
  const coef = gammaRate
    ? Float64Array.from({ length }, (_, k) => logGamma(alpha + k) - logGamma(alpha) - logFact[k]!)
    : logFact;
  const addAt = (tau: number, weight: number) => {
    if (tau <= 0) {
      out[0] = out[0]! + weight;
      return;
    }
    if (gammaRate) {
      const p = beta / (beta + q * tau);
      const lp = alpha * Math.log(p);
      const lq = Math.log1p(-p);
      for (let k = 0; k < length; k++)
        out[k] = out[k]! + weight * Math.exp(coef[k]! + lp + (k === 0 ? 0 : k * lq));
    } else {
      const mu = m * q * tau;
      if (!(mu > 0)) {
        // A window so short that the mean underflows to 0 (fuzzing found 5e-324 months): no patient.
        out[0] = out[0]! + weight;
        return;
      }
      const lmu = Math.log(mu);
      for (let k = 0; k < length; k++) out[k] = out[k]! + weight * Math.exp(-mu + k * lmu - logFact[k]!);
    }
  };
  const W = windowMonths;
  const opens = country.opensAt;
  if (typeof opens === 'number' || opens.uniform[1] - opens.uniform[0] < 1e-12) {
    addAt(W - (typeof opens === 'number' ? opens : opens.uniform[0]), 1);
    return out;
  }
  const [a, b] = opens.uniform;
  const hi = Math.min(b, W);
  if (b > W) addAt(0, (b - Math.max(a, W)) / (b - a));
  if (hi > a) {
    const h = (hi - a) / PANELS;
    for (let j = 0; j < PANELS; j++) {
      const mid = a + (j + 0.5) * h;
      for (let g = 0; g < 8; g++) addAt(W - (mid + 0.5 * h * GL_X[g]!), (0.5 * h * GL_W[g]!) / (b - a));
    }
  }
  return out;
}

/** x ⊛ y truncated to `length` terms (entries beyond an array's end are 0); counts its multiply-adds. */
function convolve(x: Float64Array, y: Float64Array, length: number, work: { ops: number }): Float64Array {
  const out = new Float64Array(length);
  const nx = Math.min(x.length, length);
  for (let i = 0; i < nx; i++) {
    const a = x[i]!;
    if (a === 0) continue;
    const ny = Math.min(y.length, length - i);
    work.ops += ny;
    for (let j = 0; j < ny; j++) out[i + j] = out[i + j]! + a * y[j]!;
  }
  return out;
}

export interface ExactMixResult {
  pSuccess: number;
  /** per region with a minProbability: exact P(achieved share ≥ minShare); NaN when too long to sum */
  regionProbability: number[];
}

/** Support length that holds all but ~1e-9 of a count with this mean and variance (25 SD; shape ≥ 0.5). */
const supportLength = (mean: number, variance: number) => Math.ceil(mean + 25 * Math.sqrt(variance) + 50);
/** Longest support summed for a regional probability (beyond it the analytic one is used). */
const MAX_REGION_LENGTH = 6000;
/** Largest (Σ maxSites + countries) × target², the convolutions behind P(success). */
export const MAX_EXACT_WORK = 2e8;

/**
 * An exact evaluator for a compiled problem, caching each country's n-site distribution, or
 * undefined when it would cost more than MAX_EXACT_WORK (large targets × many sites).
 */
export type ExactEvaluator = ((sites: readonly number[]) => ExactMixResult) & {
  /** multiply-adds done so far by this evaluator (its country tables included): the work measure */
  work: () => number;
};

export function exactEvaluator(problem: CompiledProblem): ExactEvaluator | undefined {
  const { spec, countries } = problem;
  const target = spec.target;
  const sitesMax = problem.max.reduce((a, b) => a + b, 0);
  if ((sitesMax + countries.length) * target * target > MAX_EXACT_WORK) return undefined;
  const lengthOf = (i: number, n: number) =>
    Math.max(target, supportLength(n * problem.mean[i]!, n * problem.variance[i]!));
  const site = countries.map((c, i) =>
    sitePmf(c, spec.windowMonths, Math.min(MAX_REGION_LENGTH, lengthOf(i, problem.max[i]!))),
  );
  const work = { ops: 0 };
  const cache: Float64Array[][] = countries.map(() => [Float64Array.of(1)]);
  const countryPmf = (i: number, n: number): Float64Array => {
    const list = cache[i]!;
    while (list.length <= n)
      list.push(
        convolve(
          list[list.length - 1]!,
          site[i]!,
          Math.min(MAX_REGION_LENGTH, lengthOf(i, list.length)),
          work,
        ),
      );
    return list[n]!;
  };
  const sumOf = (sites: readonly number[], member: (i: number) => boolean, len: number): Float64Array => {
    let acc: Float64Array = Float64Array.of(1);
    sites.forEach((n, i) => {
      if (n > 0 && member(i)) acc = convolve(acc, countryPmf(i, n), len, work);
    });
    return acc;
  };
  const evaluate = (sites: readonly number[]): ExactMixResult => {
    const total = sumOf(sites, () => true, target);
    let below = 0;
    for (let k = 0; k < Math.min(target, total.length); k++) below += total[k]!;
    let mean = 0;
    let variance = 0;
    sites.forEach((n, i) => {
      mean += n * problem.mean[i]!;
      variance += n * problem.variance[i]!;
    });
    const len = supportLength(mean, variance);
    const regionProbability = problem.regions.map((r) => {
      if (r.minProbability === undefined || len > MAX_REGION_LENGTH) return NaN;
      const A = sumOf(sites, (i) => r.memberMask[i] === true, len);
      const B = sumOf(sites, (i) => r.memberMask[i] !== true, len);
      const cdfB = new Float64Array(len);
      let run = 0;
      for (let k = 0; k < len; k++) cdfB[k] = run += B[k] ?? 0;
      const s = r.minShare;
      let p = 0;
      for (let a = 1; a < A.length; a++) {
        if (A[a] === 0) continue;
        const bMax = Math.min(len - 1, Math.floor(((1 - s) * a) / s + 1e-9));
        p += A[a]! * cdfB[bMax]!;
      }
      return p;
    });
    return { pSuccess: Math.min(1, Math.max(0, 1 - below)), regionProbability };
  };
  return Object.assign(evaluate, { work: () => work.ops });
}
