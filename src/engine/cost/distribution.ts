import { Sfc32 } from '../random/index';
import { quantileSorted, quantilesInPlace } from '../stats';
import { categoriesFrom, incentiveLines } from './compute';
import { applyIncentivesInto, compileCost, countryCostInto, N_CAT } from './core';
import {
  addCountryQuarters,
  MONTHS_PER_QUARTER,
  newQuarterProfile,
  quarterProfile,
  recordActivation,
  type RunTiming,
} from './quarters';
import {
  COST_CATEGORIES,
  type CostDistribution,
  type CostInput,
  type CostPercentiles,
  type CostSamples,
  type QuarterSpend,
} from './types';
import { cloneRates, compileSpread, drawSampledRates } from './unit-cost-spread';

/**
 * Cost under enrollment uncertainty: the deterministic cost formulas (see computeCost) applied to
 * every Monte Carlo run of the forecast.
 *
 * Per run: enrolment ends at E = min(LPI, horizon) months (LPI = Infinity when the target is
 * never reached); sites close at E + followUpMonths (the last patient's last visit) and data
 * management runs to database lock, E + followUpMonths + dbLockMonths. A site is activated when
 * its activation month is a number below E; it is then open for close − max(activation, 0)
 * months. A site that would activate after LPI is taken as cancelled before its start-up fee fell
 * due. Patients are the EXPECTED randomised per country (screen failures = randomised × sf /
 * (1 − sf)), identical across runs: the spread comes from how long sites stay open, how many
 * activate and how long the study runs. Each run's spend is also spread over quarters
 * (quarters.ts), giving P10/P50/P90 per quarter and per category.
 *
 * Unit costs: when the input gives any `unitCostSigma`, each run also draws its unit costs
 * (unit-cost-spread.ts: mean-one lognormal factors, seeded by `unitCostSeed`) and the percentiles
 * (total, categories, quarters) are taken over those sampled runs. The expected values stay the
 * deterministic arithmetic on the point values, averaged over the timing runs: the factors have
 * mean one and are independent of timing, so this is their exact expectation (the incentive's
 * thresholds aside), free of sampling noise.
 *
 * Quantiles are Hyndman–Fan type 7 over the per-run net totals. The per-run loop allocates
 * nothing: scratch typed arrays are reused.
 *
 * @returns expected total, P10/P50/P90 and expected splits, in the reporting currency.
 */
export function costDistribution(
  input: CostInput,
  samples: CostSamples,
  /**
   * `quarters: false` leaves out the spend by quarter (byQuarter is then empty): the quick pass
   * while editing shows the totals first (evaluation/evaluate.ts). Every other number is the same.
   */
  options: { quarters?: boolean } = {},
): CostDistribution {
  const withQuarters = options.quarters ?? true;
  const p = compileCost(input);
  const spread = compileSpread(input);
  // Sampled unit costs go to their own copy of the rates and matrix; without a spread they are the same.
  const ps = spread ? cloneRates(p) : p;
  const rng = spread ? new Sfc32(input.unitCostSeed ?? 1) : undefined;
  const { runs, lpiMonths, activationMonths, siteCountry } = samples;
  const sites = siteCountry.length;
  if (lpiMonths.length < runs) throw new RangeError('CostSamples.lpiMonths: fewer entries than runs');
  if (activationMonths.length < runs * sites)
    throw new RangeError('CostSamples.activationMonths: must hold runs × sites entries');
  for (let s = 0; s < sites; s++) {
    const c = siteCountry[s]!;
    if (c < 0 || c >= p.n) throw new RangeError(`CostSamples.siteCountry[${s}]: ${c} is not a country index`);
  }
  const randomised = new Float64Array(p.n);
  const failures = new Float64Array(p.n);
  let randomisedTotal = 0;
  for (let c = 0; c < p.n; c++) {
    randomised[c] = samples.expectedPatientsByCountry[p.iso2[c]!] ?? 0;
    failures[c] = randomised[c]! * p.screenFailuresPerRandomised[c]!;
    randomisedTotal += randomised[c]!;
  }
  const H = p.horizonMonths;
  const F = p.followUpMonths;
  const L = p.dbLockMonths;
  const Q = Math.ceil((H + F + L) / MONTHS_PER_QUARTER) + 1;
  const nr = p.rules.length;
  const activated = new Float64Array(p.n);
  const months = new Float64Array(p.n);
  const enrolMonths = new Float64Array(p.n);
  const t: RunTiming = {
    quarters: Q,
    end: 0,
    close: 0,
    lock: 0,
    act: new Float64Array(p.n * Q),
    actOffset: new Float64Array(p.n * Q),
    activated,
    openMonths: months,
    enrolMonths,
    enrolScratch: new Float64Array(Q),
  };
  const profiles = Array.from({ length: withQuarters ? p.n : 0 }, () => newQuarterProfile(Q));
  /** Quarters after the last database lock of any run hold no spend. */
  let spentQuarters = 0;
  const patientShare = new Float64Array(p.n);
  for (let c = 0; c < p.n; c++)
    patientShare[c] = randomisedTotal > 0 ? randomised[c]! / randomisedTotal : c === 0 ? 1 : 0;
  const catRuns = new Float64Array(runs * N_CAT);
  const quarterRuns = new Float64Array(withQuarters ? runs * Q : 0);
  let sumEnd = 0,
    sumClose = 0,
    sumLock = 0;
  const m = new Float64Array(p.n * N_CAT);
  const ms = spread ? new Float64Array(p.n * N_CAT) : m;
  const amounts = new Float64Array(nr);
  const spend = new Float64Array(2 * nr);
  const amountsS = spread ? new Float64Array(nr) : amounts;
  const spendS = spread ? new Float64Array(2 * nr) : spend;
  /** Σ over runs of the point-value spend per quarter (the expected quarters when unit costs are sampled). */
  const sumQuarterPoint = new Float64Array(Q);
  const totals = new Float64Array(runs);
  const sumM = new Float64Array(p.n * N_CAT);
  const sumAmounts = new Float64Array(nr);
  const sumSpend = new Float64Array(2 * nr);
  const applied = new Float64Array(nr);
  let sumExposure = 0;
  let cut = 0;

  for (let r = 0; r < runs; r++) {
    const lpi = lpiMonths[r]!;
    const reached = lpi <= H; // false for Infinity and NaN
    if (!reached) cut++;
    const end = reached ? lpi : H;
    t.end = end;
    t.close = end + F;
    t.lock = end + F + L;
    sumEnd += t.end;
    sumClose += t.close;
    sumLock += t.lock;
    activated.fill(0);
    months.fill(0);
    enrolMonths.fill(0);
    if (withQuarters) {
      t.act.fill(0);
      t.actOffset.fill(0);
    }
    const row = r * sites;
    for (let s = 0; s < sites; s++) {
      const a = activationMonths[row + s]!;
      if (a < end) {
        // NaN (never activated) fails the comparison
        const c = siteCountry[s]!;
        const a0 = a > 0 ? a : 0;
        activated[c]! += 1;
        months[c]! += t.close - a0;
        enrolMonths[c]! += end - a0;
        if (withQuarters) recordActivation(t, c, a0);
      }
    }
    for (let c = 0; c < p.n; c++) {
      sumExposure += countryCostInto(
        p,
        c,
        activated[c]!,
        months[c]!,
        randomised[c]!,
        failures[c]!,
        t.lock * patientShare[c]!,
        m,
        c * N_CAT,
      );
    }
    applyIncentivesInto(p, m, amounts, spend);
    for (let k = 0; k < m.length; k++) sumM[k]! += m[k]!;
    if (withQuarters)
      for (let c = 0; c < p.n; c++) {
        quarterProfile(t, c, profiles[c]!);
        spentQuarters = Math.max(spentQuarters, profiles[c]!.lastQ + 1);
      }
    if (spread) {
      if (withQuarters)
        for (let c = 0; c < p.n; c++) addCountryQuarters(p, profiles[c]!, m, c, sumQuarterPoint);
      drawSampledRates(p, ps, spread, rng!);
      for (let c = 0; c < p.n; c++) {
        countryCostInto(
          ps,
          c,
          activated[c]!,
          months[c]!,
          randomised[c]!,
          failures[c]!,
          t.lock * patientShare[c]!,
          ms,
          c * N_CAT,
        );
      }
      applyIncentivesInto(ps, ms, amountsS, spendS);
    }
    let total = 0;
    for (let k = 0; k < ms.length; k++) {
      total += ms[k]!;
      catRuns[r * N_CAT + (k % N_CAT)]! += ms[k]!;
    }
    if (withQuarters) {
      const qRow = quarterRuns.subarray(r * Q, (r + 1) * Q);
      for (let c = 0; c < p.n; c++) addCountryQuarters(ps, profiles[c]!, ms, c, qRow);
    }
    for (let i = 0; i < nr; i++) {
      sumAmounts[i]! += amounts[i]!;
      if (amounts[i]! > 0) applied[i]! += 1;
      sumSpend[2 * i]! += spend[2 * i]!;
      sumSpend[2 * i + 1]! += spend[2 * i + 1]!;
    }
    totals[r] = total;
  }

  const inv = runs > 0 ? 1 / runs : NaN;
  const meanCat = new Float64Array(N_CAT);
  const expectedByCountry: Record<string, number> = {};
  for (let c = 0; c < p.n; c++) {
    let t = 0;
    for (let k = 0; k < N_CAT; k++) {
      const v = sumM[c * N_CAT + k]! * inv;
      meanCat[k]! += v;
      t += v;
    }
    expectedByCountry[p.iso2[c]!] = t;
  }
  const expectedByCategory = categoriesFrom(meanCat);
  const expectedTotal = meanCat.reduce((a, b) => a + b, 0);
  const sorted = totals.slice().sort();
  const meanSpend = sumSpend.map((v) => v * inv);
  const lines = incentiveLines(
    p,
    sumAmounts.map((v) => v * inv),
    meanSpend,
  );
  const exposure = sumExposure * inv;
  const scratch = new Float64Array(runs);
  const column = (data: Float64Array, width: number, j: number): CostPercentiles => {
    let sum = 0;
    for (let r = 0; r < runs; r++) sum += scratch[r] = data[r * width + j]!;
    const [p10, p50, p90] = quantilesInPlace(scratch, [0.1, 0.5, 0.9]) as [number, number, number];
    return { expected: sum * inv, p10, p50, p90 };
  };
  // With sampled unit costs the expected values are the point-value arithmetic (see above).
  const byCategoryPercentiles = Object.fromEntries(
    COST_CATEGORIES.map((k, j) => {
      const col = column(catRuns, N_CAT, j);
      return [k, spread ? { ...col, expected: meanCat[j]! } : col];
    }),
  ) as CostDistribution['byCategoryPercentiles'];
  const byQuarter: QuarterSpend[] = [];
  for (let q = 0; q < (withQuarters ? spentQuarters : 0); q++) {
    const col = column(quarterRuns, Q, q);
    byQuarter.push({
      quarter: q + 1,
      startMonth: q * MONTHS_PER_QUARTER,
      endMonth: (q + 1) * MONTHS_PER_QUARTER,
      ...col,
      ...(spread ? { expected: sumQuarterPoint[q]! * inv } : {}),
    });
  }
  while (byQuarter.length > 1 && byQuarter.at(-1)!.p90 === 0 && byQuarter.at(-1)!.expected === 0)
    byQuarter.pop();
  return {
    currency: input.reportingCurrency,
    runs,
    expectedTotal,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    expectedGrossTotal: expectedTotal - expectedByCategory.incentive,
    expectedByCategory,
    byCategoryPercentiles,
    byQuarter,
    timeline: { lpiMonths: sumEnd * inv, lastVisitMonths: sumClose * inv, dbLockMonths: sumLock * inv },
    expectedByCountry,
    expectedPerRandomisedPatient: randomisedTotal > 0 ? expectedTotal / randomisedTotal : NaN,
    runsCutAtHorizon: cut,
    horizonMonths: H,
    incentives: lines.map((l, i) => ({
      id: l.id,
      name: l.name,
      country: l.country,
      refundable: l.refundable,
      expectedAmount: l.amount,
      pApplied: applied[i]! * inv,
      conditions: l.conditions,
    })),
    fxExposure: {
      amount: exposure,
      bandPct: p.bandPct,
      low: -p.bandPct * exposure,
      high: p.bandPct * exposure,
    },
    uncertainty: spread ? 'timing-and-unit-costs' : 'timing',
  };
}
