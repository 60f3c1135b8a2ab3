import { quantileSorted } from '../stats';
import { categoriesFrom, incentiveLines } from './compute';
import { applyIncentivesInto, compileCost, countryCostInto, N_CAT } from './core';
import type { CostDistribution, CostInput, CostSamples } from './types';

/**
 * Cost under enrollment uncertainty: the deterministic cost formulas (see computeCost) applied to
 * every Monte Carlo run of the forecast.
 *
 * Per run: the open period ends at min(LPI, horizon) months (LPI = Infinity when the target is
 * never reached). A site is activated when its activation month is a number below that end; it
 * is then open for end − max(activation, 0) months. A site that would activate after LPI is
 * taken as cancelled before its start-up fee fell due. Patients are the EXPECTED randomised per
 * country (screen failures = randomised × sf / (1 − sf)), identical across runs: the spread comes
 * from how long sites stay open and how many activate.
 *
 * Quantiles are Hyndman–Fan type 7 over the per-run net totals. The per-run loop allocates
 * nothing: scratch typed arrays are reused.
 *
 * @returns expected total, P10/P50/P90 and expected splits, in the reporting currency.
 */
export function costDistribution(input: CostInput, samples: CostSamples): CostDistribution {
  const p = compileCost(input);
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
  const nr = p.rules.length;
  const activated = new Float64Array(p.n);
  const months = new Float64Array(p.n);
  const m = new Float64Array(p.n * N_CAT);
  const amounts = new Float64Array(nr);
  const spend = new Float64Array(2 * nr);
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
    activated.fill(0);
    months.fill(0);
    const row = r * sites;
    for (let s = 0; s < sites; s++) {
      const a = activationMonths[row + s]!;
      if (a < end) {
        // NaN (never activated) fails the comparison
        const c = siteCountry[s]!;
        activated[c]! += 1;
        months[c]! += end - (a > 0 ? a : 0);
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
        m,
        c * N_CAT,
      );
    }
    applyIncentivesInto(p, m, amounts, spend);
    let total = 0;
    for (let k = 0; k < m.length; k++) {
      total += m[k]!;
      sumM[k]! += m[k]!;
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
  return {
    currency: input.reportingCurrency,
    runs,
    expectedTotal,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    expectedGrossTotal: expectedTotal - expectedByCategory.incentive,
    expectedByCategory,
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
  };
}
