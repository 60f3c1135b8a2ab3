import { applyIncentivesInto, compileCost, countryCostInto, N_CAT, type CompiledCost } from './core';
import { rdtiEligibleSpend, rdtiSpendConditions } from './incentive';
import {
  COST_CATEGORIES,
  type ByCategory,
  type CostBreakdown,
  type CostInput,
  type CostOutcome,
  type CountryCost,
  type IncentiveLine,
} from './types';

export function categoriesFrom(values: ArrayLike<number>, off = 0): ByCategory {
  const out = {} as ByCategory;
  COST_CATEGORIES.forEach((k, i) => (out[k] = values[off + i]!));
  return out;
}

/** Incentive lines of a compiled input, given the per-rule amounts and (domestic, overseas) spends. */
export function incentiveLines(
  p: CompiledCost,
  amounts: ArrayLike<number>,
  spendLocal: ArrayLike<number>,
): IncentiveLine[] {
  return p.rules.map((cr, r) => {
    const domestic = spendLocal[2 * r]!;
    const overseas = spendLocal[2 * r + 1]!;
    const eligibleLocal = rdtiEligibleSpend(cr.rule, domestic, overseas);
    const conditions = [...cr.terms.conditions, ...rdtiSpendConditions(cr.rule, domestic, overseas)];
    const amount = amounts[r]!;
    return {
      id: cr.rule.id,
      name: cr.rule.name,
      country: cr.rule.country,
      refundable: cr.terms.refundable,
      ratePct: amount > 0 ? cr.terms.ratePct : 0,
      eligibleSpendLocal: eligibleLocal,
      eligibleSpend: eligibleLocal / cr.toLocal,
      amount,
      amountLocal: amount * cr.toLocal,
      localCurrency: cr.rule.currency,
      conditions,
      notes: [
        ...cr.terms.notes,
        cr.terms.refundable
          ? 'Refundable: shown as a negative "incentive" line and deducted from the net total.'
          : 'Non-refundable: shown for information, NOT deducted from the cash cost.',
        `Source: ${cr.rule.source}.`,
      ],
    };
  });
}

/**
 * Deterministic cost of one trial outcome, hand-checkable.
 *
 * Per country c (amounts converted local → USD → reporting currency: × reportingPerUsd / fxPerUsd):
 *   startup = activated sites × siteStartupFee
 *   patientsScreening / Treatment / FollowUp = randomised × the matching per-patient site payment
 *   screenFailures = (screened − randomised) × perScreenFailureCost (default: the screening payment)
 *   siteRunning = Σ open months (activation → site close) × monthlySiteCost
 *   monitoring = Σ open months × (CRO monitoringPerSiteMonthUsd, or visits/site-month × visit cost)
 *   investigationalProduct, centralLabImaging, insurance = randomised × the study's USD rate
 *   dataManagement = studyMonths × (country's share of randomised) × the monthly USD rate
 *   regulatoryEthics = regulatoryFee + ethicsFee (once, or per activated site); unknown fees excluded
 *   passThroughMarkup = markup% × (startup + patients + screenFailures + siteRunning + regulatoryEthics
 *                                   + centralLabImaging)
 *   croFees = management% × (those pass-throughs + monitoring)
 *   fxRisk = hedging% × foreign-currency spend when the CRO's FX policy is "hedged", else 0
 *   incentive = − refundable R&D offset (Australia), see incentive.ts
 * total = Σ categories (net of refundable incentives); perRandomisedPatient = total / Σ randomised.
 *
 * @param outcome sites with their open months (activation → site close), patients per country and
 *   the study months (submission → database lock) for data management.
 * @throws RangeError naming the field when a site or patient count refers to an unknown country.
 */
export function computeCost(input: CostInput, outcome: CostOutcome): CostBreakdown {
  const p = compileCost(input);
  const activated = new Float64Array(p.n);
  const months = new Float64Array(p.n);
  outcome.sites.forEach((s, i) => {
    const c = p.index.get(s.iso2);
    if (c === undefined)
      throw new RangeError(`CostOutcome.sites[${i}].iso2: "${s.iso2}" is not a country of the input`);
    if (!s.activated) return;
    activated[c]! += 1;
    months[c]! += Math.max(0, s.openMonths);
  });
  const m = new Float64Array(p.n * N_CAT);
  let randomisedTotal = 0;
  let exposure = 0;
  for (const iso of Object.keys(outcome.patients)) {
    if (!p.index.has(iso)) throw new RangeError(`CostOutcome.patients.${iso}: not a country of the input`);
  }
  for (let c = 0; c < p.n; c++) randomisedTotal += outcome.patients[p.iso2[c]!]?.randomised ?? 0;
  const studyMonths = Math.max(0, outcome.studyMonths ?? 0);
  for (let c = 0; c < p.n; c++) {
    const pt = outcome.patients[p.iso2[c]!] ?? { randomised: 0, screened: 0 };
    const failures = Math.max(0, pt.screened - pt.randomised);
    const dmMonths =
      randomisedTotal > 0 ? (studyMonths * pt.randomised) / randomisedTotal : c === 0 ? studyMonths : 0;
    exposure += countryCostInto(
      p,
      c,
      activated[c]!,
      months[c]!,
      pt.randomised,
      failures,
      dmMonths,
      m,
      c * N_CAT,
    );
  }
  const amounts = new Float64Array(p.rules.length);
  const spend = new Float64Array(2 * p.rules.length);
  applyIncentivesInto(p, m, amounts, spend);
  return breakdownFrom(
    p,
    input.reportingCurrency,
    m,
    randomisedTotal,
    incentiveLines(p, amounts, spend),
    exposure,
  );
}

function breakdownFrom(
  p: CompiledCost,
  currency: string,
  m: Float64Array,
  randomised: number,
  incentives: IncentiveLine[],
  exposure: number,
): CostBreakdown {
  const totals = new Float64Array(N_CAT);
  const byCountry: Record<string, CountryCost> = {};
  for (let c = 0; c < p.n; c++) {
    let t = 0;
    for (let k = 0; k < N_CAT; k++) {
      const v = m[c * N_CAT + k]!;
      totals[k]! += v;
      t += v;
    }
    byCountry[p.iso2[c]!] = { total: t, byCategory: categoriesFrom(m, c * N_CAT) };
  }
  const byCategory = categoriesFrom(totals);
  const total = totals.reduce((a, b) => a + b, 0);
  return {
    currency,
    total,
    grossTotal: total - byCategory.incentive,
    byCategory,
    byCountry,
    randomised,
    perRandomisedPatient: randomised > 0 ? total / randomised : NaN,
    incentives,
    fxExposure: {
      amount: exposure,
      bandPct: p.bandPct,
      low: -p.bandPct * exposure,
      high: p.bandPct * exposure,
    },
  };
}
