import type { Region } from '../../domain/reference/country';
import { REGIONS } from '../../domain/reference/country';
import { THERAPEUTIC_AREA_IDS } from '../../domain/reference/therapeutic-area';
import { logGamma } from '../stats/index';
import { type BenchmarkArea, type BenchmarkPhase } from './classify';
import { CTGOV_COUNTRIES } from './ctgov-countries';
import type { BenchmarkStudy } from './eligibility';
import { cholesky, choleskyInverse, choleskySolve } from './linear-algebra';

/** All benchmark areas in a fixed order (parameter layout and output order). */
export const BENCHMARK_AREAS: readonly BenchmarkArea[] = [...THERAPEUTIC_AREA_IDS, 'other'];

const REGION_OF = new Map(Object.values(CTGOV_COUNTRIES).map((c) => [c.iso2, c.region]));
/** The planner region of an ISO2 code known to the registry table (undefined otherwise). */
export const regionOf = (iso2: string): Region | undefined => REGION_OF.get(iso2);

/**
 * The fitted recruitment model (docs/benchmarks.md):
 *
 *   enrollment_i ~ NegBin(mean μ_i, size k_i),
 *   μ_i = T_i · exp(a_area + b_phase) · Σ_c sites_ic · exp(g_c)          (T_i = enrollment months)
 *
 * i.e. a Poisson process per site whose rate is exp(a + b + g_country) × a site factor
 * λ ~ Gamma(α, α) × a study factor S ~ Gamma(φ, φ) shared by all sites of the study. The total
 * rate's squared coefficient of variation is 1/φ + cv²_sites·(1 + 1/φ) with
 * cv²_sites = Σ s_c m_c² / (α (Σ s_c m_c)²), and the count is matched to a negative binomial with
 * size k = 1/CV² (moment match; Anisimov & Fedorov 2007, Mountain & Sherlock 2022).
 * Countries are shrunk towards their region: g_c ~ N(r_region, τ²) with τ² estimated (empirical
 * Bayes, Laplace–EM); regions r ~ N(0, 1). Fitted by penalised Fisher scoring; φ and α by
 * profile likelihood (golden section on the log scale).
 */
export interface FittedModel {
  areaEffect: Record<string, number>;
  phaseEffect: Record<BenchmarkPhase, number>;
  countryEffect: Record<string, number>;
  regionEffect: Record<Region, number>;
  /** Standard error of each country effect (log scale), from the penalised information. */
  countrySe: Record<string, number>;
  /** Standard errors of the area effects (log scale); with North America anchored they are nearly
   *  uncorrelated with the country effects, so a country × area rate has SE ≈ √(se_a² + se_c²). */
  areaSe: Record<string, number>;
  phaseSe: Record<BenchmarkPhase, number>;
  /** Study-level Gamma shape φ (between-study dispersion). */
  studyShape: number;
  /** Site-level Gamma shape α (between-site dispersion within a study). */
  siteShape: number;
  /** Between-country SD within a region, log scale. */
  countryTau: number;
  studies: number;
  logLik: number;
  iterations: number;
  /** Variance of Σ w_k·effect_k for named effects ("area:oncology", "phase:2", "country:JP", "region:…"). */
  variance: (weights: ReadonlyMap<string, number>) => number;
}

interface Layout {
  n: number;
  area: Map<string, number>;
  phase: Map<string, number>;
  region: Map<Region, number>;
  country: Map<string, number>;
  countries: string[];
}

function layout(studies: readonly BenchmarkStudy[]): Layout {
  const area = new Map(BENCHMARK_AREAS.map((a, i) => [a as string, i]));
  let n = BENCHMARK_AREAS.length;
  const phase = new Map<string, number>([
    ['2', n],
    ['2/3', n + 1],
  ]);
  n += 2;
  const region = new Map(REGIONS.map((r, i) => [r, n + i]));
  n += REGIONS.length;
  const set = new Set<string>();
  for (const s of studies) for (const [c] of s.sites) set.add(c);
  const countries = [...set].sort();
  const country = new Map(countries.map((c, i) => [c, n + i]));
  n += countries.length;
  return { n, area, phase, region, country, countries };
}

/**
 * Prior variance of a region's log effect (weak: regions are well informed by their countries).
 * North America is the anchor (effect 0, variance ≈ 0): without an anchor the areas and the
 * regions could shift against each other, and their standard errors would mean nothing.
 */
const REGION_PRIOR_VAR = 1;
const ANCHOR_PRIOR_VAR = 1e-8;
const regionPriorVar = (r: Region) => (r === 'North America' ? ANCHOR_PRIOR_VAR : REGION_PRIOR_VAR);

/** Squared CV of a study's total rate (study factor × sum of independent site factors). */
export function totalRateCv2(phi: number, alpha: number, sumSm: number, sumSm2: number): number {
  const cvSites = sumSm2 / (alpha * sumSm * sumSm);
  return 1 / phi + cvSites * (1 + 1 / phi);
}

export interface FitOptions {
  maxOuter?: number;
  /** Start from an earlier fit (k-fold refits converge in a few rounds from the full fit). */
  warmStart?: FittedModel;
}

/** Fits the model to eligible studies (deterministic: fixed order, fixed iteration caps). */
export function fitRecruitmentModel(
  studies: readonly BenchmarkStudy[],
  options: FitOptions = {},
): FittedModel {
  if (studies.length < 20)
    throw new RangeError(`fitRecruitmentModel: at least 20 studies needed, got ${studies.length}`);
  const L = layout(studies);
  const n = L.n;
  const theta = new Float64Array(n);
  let totalY = 0;
  let totalExposure = 0;
  for (const s of studies) {
    totalY += s.enrollment;
    totalExposure += s.months * s.totalSites;
  }
  for (const i of L.area.values()) theta[i] = Math.log(totalY / totalExposure);
  let phi = options.warmStart?.studyShape ?? 0.5;
  let alpha = options.warmStart?.siteShape ?? 1;
  let tau2 = options.warmStart ? options.warmStart.countryTau ** 2 : 0.5;
  // Study rows in flat typed arrays, built once (the fit runs inside a unit test: keep it lean).
  const N = studies.length;
  const y = new Float64Array(N);
  const logT = new Float64Array(N);
  const logYFact = new Float64Array(N);
  const areaOf = new Int32Array(N);
  const phaseOf = new Int32Array(N);
  const offset = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) offset[i + 1] = offset[i]! + studies[i]!.sites.length;
  const siteCountry = new Int32Array(offset[N]!);
  const siteCount = new Float64Array(offset[N]!);
  studies.forEach((s, i) => {
    y[i] = s.enrollment;
    logT[i] = Math.log(s.months);
    logYFact[i] = logGamma(s.enrollment + 1);
    areaOf[i] = L.area.get(s.area)!;
    phaseOf[i] = s.phase === '3' ? -1 : L.phase.get(s.phase)!;
    s.sites.forEach(([iso, count], j) => {
      siteCountry[offset[i]! + j] = L.country.get(iso)!;
      siteCount[offset[i]! + j] = count;
    });
  });
  if (options.warmStart) {
    const w = options.warmStart;
    for (const [k, i] of L.area) theta[i] = w.areaEffect[k] ?? theta[i]!;
    for (const [k, i] of L.phase) theta[i] = w.phaseEffect[k as BenchmarkPhase];
    for (const [k, i] of L.region) theta[i] = w.regionEffect[k];
    for (const [k, i] of L.country)
      theta[i] = w.countryEffect[k] ?? w.regionEffect[regionOf(k) ?? 'North America'];
  }
  const regionIdx = L.countries.map((c) => L.region.get(regionOf(c) ?? 'North America')!);
  const firstCountry = n - L.countries.length;

  // Per-study mean μ, Σ s·m and the squared site CV part q = Σ s·m² / (Σ s·m)², for given effects.
  const mu = new Float64Array(N);
  const sumSm = new Float64Array(N);
  const q = new Float64Array(N);
  const share = new Float64Array(offset[N]!);
  const computeMeans = (th: Float64Array) => {
    for (let i = 0; i < N; i++) {
      let s1 = 0;
      let s2 = 0;
      for (let j = offset[i]!; j < offset[i + 1]!; j++) {
        const v = Math.exp(th[siteCountry[j]!]!);
        share[j] = siteCount[j]! * v;
        s1 += siteCount[j]! * v;
        s2 += siteCount[j]! * v * v;
      }
      for (let j = offset[i]!; j < offset[i + 1]!; j++) share[j]! /= s1;
      sumSm[i] = s1;
      q[i] = s2 / (s1 * s1);
      mu[i] = Math.exp(logT[i]! + th[areaOf[i]!]! + (phaseOf[i]! >= 0 ? th[phaseOf[i]!]! : 0)) * s1;
    }
  };
  const sizeOf = (i: number, ph: number, al: number) => 1 / (1 / ph + (q[i]! / al) * (1 + 1 / ph));
  // Log-likelihood at the means last computed.
  const dataLogLik = (ph: number, al: number) => {
    let ll = 0;
    for (let i = 0; i < N; i++) {
      const k = sizeOf(i, ph, al);
      const m = mu[i]!;
      ll +=
        logGamma(y[i]! + k) -
        logGamma(k) -
        logYFact[i]! +
        k * Math.log(k / (k + m)) +
        y[i]! * Math.log(m / (k + m));
    }
    return ll;
  };
  const penalty = (th: Float64Array, t2: number) => {
    let p = 0;
    for (let j = 0; j < L.countries.length; j++) {
      const d = th[firstCountry + j]! - th[regionIdx[j]!]!;
      p += (d * d) / (2 * t2);
    }
    for (const [r, ri] of L.region) p += (th[ri]! * th[ri]!) / (2 * regionPriorVar(r));
    return p;
  };
  const objective = (th: Float64Array) => {
    computeMeans(th);
    return dataLogLik(phi, alpha) - penalty(th, tau2);
  };

  let inverse: Float64Array = new Float64Array(n * n);
  const maxOuter = options.maxOuter ?? 40;
  let iterations = 0;
  let previous = -Infinity;
  const h = new Float64Array(n * n);
  const g = new Float64Array(n);
  for (let outer = 0; outer < maxOuter; outer++) {
    iterations = outer + 1;
    // 1. Penalised Fisher scoring for the log-rate effects.
    for (let step = 0; step < 2; step++) {
      computeMeans(theta);
      h.fill(0);
      g.fill(0);
      for (let i = 0; i < N; i++) {
        const k = sizeOf(i, phi, alpha);
        const m = mu[i]!;
        const gi = ((y[i]! - m) * k) / (k + m);
        const wi = (m * k) / (k + m);
        const a = areaOf[i]!;
        const p = phaseOf[i]!;
        g[a]! += gi;
        h[a * n + a]! += wi;
        if (p >= 0) {
          g[p]! += gi;
          h[p * n + p]! += wi;
          h[a * n + p]! += wi;
          h[p * n + a]! += wi;
        }
        for (let u = offset[i]!; u < offset[i + 1]!; u++) {
          const cu = siteCountry[u]!;
          const xu = share[u]!;
          g[cu]! += gi * xu;
          h[cu * n + a]! += wi * xu;
          h[a * n + cu]! += wi * xu;
          if (p >= 0) {
            h[cu * n + p]! += wi * xu;
            h[p * n + cu]! += wi * xu;
          }
          for (let v = offset[i]!; v < offset[i + 1]!; v++)
            h[cu * n + siteCountry[v]!]! += wi * xu * share[v]!;
        }
      }
      for (let j = 0; j < L.countries.length; j++) {
        const c = firstCountry + j;
        const r = regionIdx[j]!;
        const d = theta[c]! - theta[r]!;
        g[c]! -= d / tau2;
        g[r]! += d / tau2;
        h[c * n + c]! += 1 / tau2;
        h[r * n + r]! += 1 / tau2;
        h[c * n + r]! -= 1 / tau2;
        h[r * n + c]! -= 1 / tau2;
      }
      for (const [r, ri] of L.region) {
        g[ri]! -= theta[ri]! / regionPriorVar(r);
        h[ri * n + ri]! += 1 / regionPriorVar(r);
      }
      for (let j = 0; j < n; j++) h[j * n + j]! += 1e-8;
      const chol = cholesky(h, n);
      const delta = choleskySolve(chol, n, g);
      if (step === 1) inverse = choleskyInverse(chol, n);
      const before = objective(theta);
      let scale = 1;
      for (let half = 0; half < 12; half++) {
        const trial = theta.map((t, j) => t + scale * delta[j]!);
        if (objective(trial) >= before - 1e-9) {
          theta.set(trial);
          break;
        }
        scale /= 2;
      }
    }
    // 2. Dispersions (log φ, log α) by Newton on the profile likelihood (finite differences):
    //    φ and α are strongly correlated, so coordinate-wise search would crawl.
    computeMeans(theta);
    [phi, alpha] = maximise2d(
      (u, v) => dataLogLik(Math.exp(u), Math.exp(v)),
      Math.log(phi),
      Math.log(alpha),
    ).map(Math.exp) as [number, number];
    // 3. Country spread τ² by Laplace–EM: E[(g_c − r)²] = (ĝ_c − r̂)² + Var(g_c − r).
    let ss = 0;
    for (let j = 0; j < L.countries.length; j++) {
      const c = firstCountry + j;
      const r = regionIdx[j]!;
      const d = theta[c]! - theta[r]!;
      ss += d * d + inverse[c * n + c]! + inverse[r * n + r]! - 2 * inverse[c * n + r]!;
    }
    // EM for a variance component crawls when most countries are weakly informed; an
    // over-relaxed step in log τ² (factor 1.8) reaches the same fixed point in far fewer rounds.
    const em = Math.max(1e-4, ss / L.countries.length);
    tau2 = Math.min(25, Math.max(1e-4, tau2 * Math.pow(em / tau2, outer === 0 ? 1 : 1.8)));
    const current = objective(theta);
    if (Math.abs(current - previous) < 0.01) break;
    previous = current;
  }
  computeMeans(theta);

  const se = (i: number) => Math.sqrt(Math.max(0, inverse[i * n + i]!));
  const record = <K extends string>(m: Map<K, number>, f: (i: number) => number) =>
    Object.fromEntries([...m.entries()].map(([k, i]) => [k, f(i)])) as Record<K, number>;
  const phaseEffect = {
    '2': theta[L.phase.get('2')!]!,
    '2/3': theta[L.phase.get('2/3')!]!,
    '3': 0,
  } as Record<BenchmarkPhase, number>;
  const phaseSe = { '2': se(L.phase.get('2')!), '2/3': se(L.phase.get('2/3')!), '3': 0 } as Record<
    BenchmarkPhase,
    number
  >;
  return {
    areaEffect: record(L.area, (i) => theta[i]!),
    areaSe: record(L.area, se),
    phaseEffect,
    phaseSe,
    countryEffect: record(L.country, (i) => theta[i]!),
    countrySe: record(L.country, se),
    regionEffect: record(L.region, (i) => theta[i]!),
    studyShape: phi,
    siteShape: alpha,
    countryTau: Math.sqrt(tau2),
    studies: studies.length,
    logLik: dataLogLik(phi, alpha),
    iterations,
    variance: (weights) => {
      const idx: number[] = [];
      const w: number[] = [];
      for (const [name, weight] of weights) {
        const [kind, key] = name.split(':') as [string, string];
        const map: Map<string, number> | undefined =
          kind === 'area'
            ? L.area
            : kind === 'phase'
              ? L.phase
              : kind === 'country'
                ? L.country
                : kind === 'region'
                  ? (L.region as Map<string, number>)
                  : undefined;
        const i = map?.get(key);
        if (i !== undefined) {
          idx.push(i);
          w.push(weight);
        }
      }
      let v = 0;
      for (let a = 0; a < idx.length; a++)
        for (let b = 0; b < idx.length; b++) v += w[a]! * w[b]! * inverse[idx[a]! * n + idx[b]!]!;
      return Math.max(0, v);
    },
  };
}

/**
 * Maximiser of a smooth concave-near-the-top f(u, v) by damped Newton with central finite
 * differences (step 1e-3), from (u, v), within [−4, 10]²; at most 30 steps, deterministic.
 */
function maximise2d(f: (u: number, v: number) => number, u0: number, v0: number): [number, number] {
  const e = 1e-3;
  const clamp = (x: number) => Math.min(10, Math.max(-4, x));
  let u = u0;
  let v = v0;
  let fx = f(u, v);
  for (let it = 0; it < 30; it++) {
    const fup = f(u + e, v);
    const fum = f(u - e, v);
    const fvp = f(u, v + e);
    const fvm = f(u, v - e);
    const fpp = f(u + e, v + e);
    const gu = (fup - fum) / (2 * e);
    const gv = (fvp - fvm) / (2 * e);
    let huu = (fup - 2 * fx + fum) / (e * e);
    let hvv = (fvp - 2 * fx + fvm) / (e * e);
    const huv = (fpp - fup - fvp + fx) / (e * e);
    // Keep the step an ascent direction: make the Hessian negative definite if it is not.
    huu = Math.min(huu, -1e-6);
    hvv = Math.min(hvv, -1e-6);
    const det = huu * hvv - huv * huv;
    let du: number;
    let dv: number;
    if (det > 0) {
      du = -(hvv * gu - huv * gv) / det;
      dv = -(-huv * gu + huu * gv) / det;
    } else {
      du = -gu / huu;
      dv = -gv / hvv;
    }
    let scale = 1;
    let moved = false;
    for (let half = 0; half < 20; half++) {
      const un = clamp(u + scale * du);
      const vn = clamp(v + scale * dv);
      const fn = f(un, vn);
      if (fn >= fx) {
        moved = Math.abs(un - u) + Math.abs(vn - v) > 1e-7;
        u = un;
        v = vn;
        fx = fn;
        break;
      }
      scale /= 2;
    }
    if (!moved) break;
  }
  return [u, v];
}
