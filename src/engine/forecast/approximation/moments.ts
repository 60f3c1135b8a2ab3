import { Sfc32 } from '../../random';
import { openTimeMoments } from '../openings';
import type { PreparedForecast } from '../prepare';
import { sampleCountryReadyMonth, sampleSiteDelayMonths } from '../startup-sampling';

/** Mean and variance of the cumulative intensity Λ(t) = Σ λ_i τ_i(t), and its split by country. */
export interface IntensityMoments {
  mean: number;
  variance: number;
  meanByCountry: Float64Array;
}

/**
 * Computes E[Λ(t)] and Var[Λ(t)] for heterogeneous priors and random openings (Mountain &
 * Sherlock, Biometrics 2022, with the opening-time randomness of docs/forecast-spec.md):
 *   Var[λ_i τ_i] = (v_i + m_i²)·E[τ_i²] − m_i²·E[τ_i]²   (λ ⟂ τ; m = α/β, v = α/β²),
 * plus, under a start-up plan, the covariance m_i m_j Cov(τ_i, τ_j) between sites of one
 * country, which share the country approval draw.
 */
export type MomentFn = (t: number) => IntensityMoments;

/** Number of start-up draws used to estimate opening-time moments per country. */
const STARTUP_DRAWS = 1000;

export function intensityMomentsFn(p: PreparedForecast): MomentFn {
  return p.startup ? startupMoments(p) : independentMoments(p);
}

function independentMoments(p: PreparedForecast): MomentFn {
  // Group identical sites: a 200-site plan is usually a handful of distinct site profiles.
  const s = p.sites;
  const groups = new Map<string, { site: number; count: number }>();
  for (let i = 0; i < s.count; i++) {
    const key = `${s.shape[i]}|${p.effRate[i]}|${s.openKind[i]}|${s.openA[i]}|${s.openB[i]}|${s.openC[i]}|${s.pNever[i]}|${s.country[i]}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { site: i, count: 1 });
  }
  const list = [...groups.values()];
  const tau = new Float64Array(2);
  const meanByCountry = new Float64Array(p.countryIds.length);
  return (t) => {
    let mean = 0;
    let variance = 0;
    meanByCountry.fill(0);
    for (const { site, count } of list) {
      const m = s.shape[site]! / p.effRate[site]!;
      const v = m / p.effRate[site]!;
      openTimeMoments(p, site, t, tau);
      const e1 = tau[0]!;
      const e2 = tau[1]!;
      mean += count * m * e1;
      meanByCountry[s.country[site]!] = meanByCountry[s.country[site]!]! + count * m * e1;
      variance += count * ((v + m * m) * e2 - m * m * e1 * e1);
    }
    return { mean, variance, meanByCountry };
  };
}

function startupMoments(p: PreparedForecast): MomentFn {
  const startup = p.startup!;
  const k = p.countryIds.length;
  const s = p.sites;
  // Deterministic draws of (country ready A, two independent site delays D, D′) per country.
  const rng = new Sfc32('approx-startup-moments');
  const ready = new Float64Array(k * STARTUP_DRAWS);
  const delay1 = new Float64Array(k * STARTUP_DRAWS);
  const delay2 = new Float64Array(k * STARTUP_DRAWS);
  for (let c = 0; c < k; c++) {
    for (let r = 0; r < STARTUP_DRAWS; r++) {
      ready[c * STARTUP_DRAWS + r] = sampleCountryReadyMonth(rng, startup, c);
      delay1[c * STARTUP_DRAWS + r] = sampleSiteDelayMonths(rng, startup, c);
      delay2[c * STARTUP_DRAWS + r] = sampleSiteDelayMonths(rng, startup, c);
    }
  }
  const sumM = new Float64Array(k);
  const sumM2 = new Float64Array(k);
  const sumVM2 = new Float64Array(k);
  for (let i = 0; i < s.count; i++) {
    const c = s.country[i]!;
    const m = s.shape[i]! / p.effRate[i]!;
    sumM[c] = sumM[c]! + m;
    sumM2[c] = sumM2[c]! + m * m;
    sumVM2[c] = sumVM2[c]! + m / p.effRate[i]! + m * m;
  }
  const meanByCountry = new Float64Array(k);
  return (t) => {
    let mean = 0;
    let variance = 0;
    for (let c = 0; c < k; c++) {
      if (sumM[c] === 0) {
        meanByCountry[c] = 0;
        continue;
      }
      const active = 1 - startup.countries[c]!.pNever;
      let e1 = 0;
      let e2 = 0;
      let cross = 0;
      for (let r = 0; r < STARTUP_DRAWS; r++) {
        const a = ready[c * STARTUP_DRAWS + r]!;
        const t1 = Math.max(0, t - Math.max(p.now, a + delay1[c * STARTUP_DRAWS + r]!));
        const t2 = Math.max(0, t - Math.max(p.now, a + delay2[c * STARTUP_DRAWS + r]!));
        e1 += t1;
        e2 += t1 * t1;
        cross += t1 * t2;
      }
      e1 = (active * e1) / STARTUP_DRAWS;
      e2 = (active * e2) / STARTUP_DRAWS;
      cross = (active * active * cross) / STARTUP_DRAWS;
      const m = sumM[c]!;
      meanByCountry[c] = m * e1;
      mean += m * e1;
      variance += sumVM2[c]! * e2 - sumM2[c]! * e1 * e1 + (m * m - sumM2[c]!) * (cross - e1 * e1);
    }
    return { mean, variance, meanByCountry };
  };
}
