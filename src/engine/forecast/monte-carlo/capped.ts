import { samplePoisson, Sfc32 } from '../../random';
import { allocateRaw, drawUnitGamma, gammaConsts, recordRun, type McRaw } from './kernel-constants';
import { sampleOpenings } from '../openings';
import { PiecewiseInverter } from './piecewise-inverter';
import type { PreparedForecast } from '../prepare';
import type { ForecastSamples } from '../types';

/**
 * Monte Carlo with site and country caps (competitive enrolment), still in continuous time.
 *
 * Streams, fixed per forecast:
 *  - a capped site: its own arrivals u + E₁/λ, u + (E₁+E₂)/λ, … up to its cap;
 *  - the uncapped sites of a capped country: one merged Poisson stream, arrivals Λ_c⁻¹(G_k);
 *  - a capped country: the merge of its sites' streams, truncated at the country cap;
 *  - the "free" stream: all uncapped sites of uncapped countries, Λ_free⁻¹ of Gamma partial sums.
 * Each finite stream is generated while (arrival ≤ horizon of the curve) or (fewer than n
 * arrivals) — enough for both the curve and the n-th overall arrival to be exact. Capped arrivals
 * are sorted once; the free stream is merged in lazily until the n-th arrival: the time to target.
 * Curve counts = capped arrivals ≤ month (exact) + Poisson increments of Λ_free.
 */
export function simulateCapped(
  p: PreparedForecast,
  runs: number,
  seed: number | string,
  grid: Float64Array,
  collect?: ForecastSamples,
  collectOffset = 0,
): McRaw {
  const rng = new Sfc32(seed);
  const s = p.sites;
  const n = s.count;
  const k = p.countryIds.length;
  const need = p.remaining;
  const { d, c, invShapeBoost } = gammaConsts(s.shape);
  const gn = grid.length;
  const horizon = gn > 0 ? grid[gn - 1]! : -Infinity;
  const raw = allocateRaw(runs, grid, p.at, k, false);

  // Static stream membership.
  const free: number[] = [];
  const cappedSitesFreeCountry: number[] = [];
  const countryAgg: number[][] = Array.from({ length: k }, () => []);
  const countryCappedSites: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    const ci = s.country[i]!;
    const countryCapped = p.countryCap[ci] !== Infinity;
    if (s.cap[i] !== Infinity) (countryCapped ? countryCappedSites[ci]! : cappedSitesFreeCountry).push(i);
    else (countryCapped ? countryAgg[ci]! : free).push(i);
  }
  const freeIdx = Uint32Array.from(free);
  const aggIdx = countryAgg.map((a) => Uint32Array.from(a));
  const inverter = new PiecewiseInverter(n);
  const open = new Float64Array(n);
  const lam = new Float64Array(n);
  const countryScratch = new Float64Array(k);
  let buf = new Float64Array(1024);
  let local = new Float64Array(1024);
  let len = 0;
  let localLen = 0;
  const segStart: number[] = [];
  const segCountry: number[] = [];
  const pushLocal = (x: number) => {
    if (localLen === local.length) {
      const bigger = new Float64Array(local.length * 2);
      bigger.set(local);
      local = bigger;
    }
    local[localLen++] = x;
  };
  const flushLocal = (country: number, keep: number) => {
    const sorted = local.subarray(0, localLen).sort();
    const m = Math.min(localLen, keep);
    if (len + m > buf.length) {
      const bigger = new Float64Array(Math.max(buf.length * 2, len + m));
      bigger.set(buf);
      buf = bigger;
    }
    segStart.push(len);
    segCountry.push(country);
    buf.set(sorted.subarray(0, m), len);
    len += m;
    localLen = 0;
  };
  const siteArrivals = (i: number, limit: number) => {
    const l = lam[i]!;
    if (open[i] === Infinity || l <= 0) return;
    let t = open[i]!;
    for (let a = 0; a < limit; a++) {
      t += -Math.log(rng.nextFloat()) / l;
      if (t > horizon && a >= need) break;
      pushLocal(t);
    }
  };

  for (let r = 0; r < runs; r++) {
    sampleOpenings(rng, p, countryScratch, open);
    for (let i = 0; i < n; i++) {
      lam[i] = open[i] === Infinity ? 0 : drawUnitGamma(rng, d[i]!, c[i]!, invShapeBoost[i]!) / p.effRate[i]!;
    }
    len = 0;
    segStart.length = 0;
    segCountry.length = 0;
    for (const i of cappedSitesFreeCountry) {
      siteArrivals(i, s.cap[i]!);
      flushLocal(s.country[i]!, Infinity);
    }
    for (let ci = 0; ci < k; ci++) {
      const cap = p.countryCap[ci]!;
      if (cap === Infinity) continue;
      for (const i of countryCappedSites[ci]!) siteArrivals(i, Math.min(s.cap[i]!, cap));
      inverter.reset(aggIdx[ci]!, open, lam);
      let level = 0;
      for (let a = 0; a < cap; a++) {
        level += -Math.log(rng.nextFloat());
        const t = inverter.invert(level);
        if (t === Infinity || (t > horizon && a >= need)) break;
        pushLocal(t);
      }
      flushLocal(ci, cap);
    }
    segStart.push(len);
    const capped = Float64Array.from(buf.subarray(0, len)).sort();

    // Merge the free stream lazily until the n-th arrival.
    inverter.reset(freeIdx, open, lam);
    let t = need <= 0 ? p.now : Infinity;
    let freeUsed = 0;
    if (need > 0) {
      let ci = 0;
      let level = -Math.log(rng.nextFloat());
      let nextFree = inverter.invert(level);
      for (let got = 0; got < need; got++) {
        const nextCapped = ci < len ? capped[ci]! : Infinity;
        if (nextCapped === Infinity && nextFree === Infinity) break;
        if (nextCapped <= nextFree) {
          ci++;
          if (got === need - 1) t = nextCapped;
        } else {
          freeUsed++;
          if (got === need - 1) t = nextFree;
          level += -Math.log(rng.nextFloat());
          nextFree = inverter.invert(level);
        }
      }
    }
    raw.times[r] = t;
    if (collect) recordRun(collect, collectOffset + r, t, open, lam);
    if (Number.isFinite(t)) {
      raw.reached++;
      addComposition(
        raw.compositionSum,
        buf,
        segStart,
        segCountry,
        t,
        freeUsed,
        freeIdx,
        open,
        lam,
        s.country,
      );
    }
    // Curve: exact capped counts plus Poisson increments of the free stream.
    let ptr = 0;
    let prevLambda = 0;
    let freeCount = 0;
    for (let j = 0; j < gn; j++) {
      const month = grid[j]!;
      while (ptr < len && capped[ptr]! <= month) ptr++;
      let lambda = 0;
      for (const i of freeIdx) if (month > open[i]!) lambda += lam[i]! * (month - open[i]!);
      freeCount += samplePoisson(rng, lambda - prevLambda);
      prevLambda = lambda;
      raw.counts[j * runs + r] = p.alreadyCounted + ptr + freeCount;
    }
  }
  return raw;
}

/** Adds one run's per-country counts at T: capped segments exactly, free arrivals by Λ share. */
function addComposition(
  out: Float64Array,
  buf: Float64Array,
  segStart: number[],
  segCountry: number[],
  t: number,
  freeUsed: number,
  freeIdx: Uint32Array,
  open: Float64Array,
  lam: Float64Array,
  siteCountry: Int32Array,
): void {
  for (let sg = 0; sg < segCountry.length; sg++) {
    let m = 0;
    for (let x = segStart[sg]!; x < segStart[sg + 1]!; x++) if (buf[x]! <= t) m++;
    out[segCountry[sg]!] = out[segCountry[sg]!]! + m;
  }
  if (freeUsed === 0) return;
  let total = 0;
  for (const i of freeIdx) if (t > open[i]!) total += lam[i]! * (t - open[i]!);
  for (const i of freeIdx) {
    if (t > open[i]!) {
      const ci = siteCountry[i]!;
      out[ci] = out[ci]! + (freeUsed * lam[i]! * (t - open[i]!)) / total;
    }
  }
}
