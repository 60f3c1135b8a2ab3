/**
 * Australia's R&D Tax Incentive as a RULE applied to eligible Australian spend, never a blanket
 * discount. Income Tax Assessment Act 1997 Div 355 (rates from 1 July 2021; business.gov.au):
 * - aggregated turnover < A$20M → REFUNDABLE offset = company tax rate + 18.5 points (43.5% at
 *   the 25% base-rate-entity rate); a cash refund even in a loss year;
 * - ≥ A$20M → NON-refundable offset = tax rate + 8.5 points (16.5 above 2% R&D intensity); it only
 *   lowers tax payable, so it is reported but NOT subtracted from the cash cost;
 * - needs an Australian entity (the R&D entity), notional deductions ≥ A$20,000, and notional
 *   deductions above A$150M get only the tax rate (we cap the eligible spend there);
 * - overseas activities count only with an Advance/Overseas Finding, which requires the overseas
 *   spend to be less than the Australian spend (Industry Research and Development Act 1986 s28C).
 */
import type { Incentive } from '../../domain/reference/incentive';
import type { IncentiveCondition, SponsorFacts } from './types';

export interface RdTaxIncentiveRule {
  id: string;
  name: string;
  /** Country whose spend is eligible (AU) and currency of the thresholds (AUD). */
  country: string;
  currency: string;
  /** Refundable tier when aggregated turnover is strictly below this (A$). */
  refundableTurnoverBelow: number;
  refundablePremiumPts: number;
  nonRefundablePremiumPts: number;
  /** Company tax rate of a base-rate entity and of other companies, %. */
  baseRateTaxPct: number;
  otherTaxPct: number;
  /** Base-rate entity when aggregated turnover is below this (A$). */
  baseRateEntityTurnoverBelow: number;
  minimumEligibleSpend: number;
  maximumEligibleSpend: number;
  source: string;
}

const DIV355 =
  'Income Tax Assessment Act 1997 Div 355; business.gov.au R&D Tax Incentive (rates from 2021-07)';

/** The rule with its statutory parameters, used when the reference data has no definition. */
export const AU_RDTI_DEFAULT: RdTaxIncentiveRule = {
  id: 'au-rdti',
  name: 'Australia R&D Tax Incentive',
  country: 'AU',
  currency: 'AUD',
  refundableTurnoverBelow: 20_000_000,
  refundablePremiumPts: 18.5,
  nonRefundablePremiumPts: 8.5,
  baseRateTaxPct: 25,
  otherTaxPct: 30,
  // Treasury Laws Amendment (Enterprise Tax Plan Base Rate Entities) Act 2018: A$50M threshold.
  baseRateEntityTurnoverBelow: 50_000_000,
  minimumEligibleSpend: 20_000,
  maximumEligibleSpend: 150_000_000,
  source: DIV355,
};

/** Builds the rule from a reference incentive definition, falling back to the statutory defaults. */
export function rdtiRuleFromReference(inc: Incentive, country = 'AU'): RdTaxIncentiveRule {
  const refundable = inc.tiers.find((t) => t.refundable);
  const nonRefundable =
    inc.tiers.find((t) => !t.refundable && t.minRdIntensity === undefined) ??
    inc.tiers.find((t) => !t.refundable);
  const rates = (inc.companyTaxRatesPercent ?? []).map((r) => r.value).sort((a, b) => a - b);
  const d = AU_RDTI_DEFAULT;
  return {
    ...d,
    id: inc.id,
    name: inc.name,
    country,
    currency: inc.currency,
    refundableTurnoverBelow: refundable?.maxAggregatedTurnover?.value ?? d.refundableTurnoverBelow,
    refundablePremiumPts: refundable?.premiumPoints?.value ?? d.refundablePremiumPts,
    nonRefundablePremiumPts: nonRefundable?.premiumPoints?.value ?? d.nonRefundablePremiumPts,
    baseRateTaxPct: rates[0] ?? d.baseRateTaxPct,
    otherTaxPct: rates[rates.length - 1] ?? d.otherTaxPct,
    minimumEligibleSpend: inc.minimumEligibleSpend?.value ?? d.minimumEligibleSpend,
    maximumEligibleSpend: inc.maximumEligibleSpend?.value ?? d.maximumEligibleSpend,
    source: inc.provenance.source,
  };
}

/** The spend-independent part of the rule for one sponsor: tier, rate and the static conditions. */
export interface RdtiTerms {
  /** 0 when a static condition fails. */
  ratePct: number;
  refundable: boolean;
  staticConditionsMet: boolean;
  overseasCountries: readonly string[];
  conditions: IncentiveCondition[];
  notes: string[];
}

const fmtAud = (x: number) => `A$${Math.round(x).toLocaleString('en-US')}`;

export function rdtiTerms(rule: RdTaxIncentiveRule, sponsor: SponsorFacts): RdtiTerms {
  const conditions: IncentiveCondition[] = [];
  const notes: string[] = [];
  const entity = sponsor.hasAustralianEntity;
  conditions.push({
    label: 'Australian entity',
    met: entity,
    detail: entity
      ? 'The sponsor has an Australian R&D entity.'
      : 'No Australian entity: only an Australian R&D entity can claim.',
  });
  const turnover = sponsor.aggregatedTurnoverAud;
  const known = turnover !== undefined;
  const refundable = known && turnover < rule.refundableTurnoverBelow;
  conditions.push({
    label: 'Aggregated turnover known',
    met: known,
    detail: !known
      ? 'Aggregated turnover not given: the tier (refundable or not) cannot be determined.'
      : refundable
        ? `${fmtAud(turnover)} < ${fmtAud(rule.refundableTurnoverBelow)}: refundable offset (cash).`
        : `${fmtAud(turnover)} ≥ ${fmtAud(rule.refundableTurnoverBelow)}: non-refundable offset (reduces tax payable, not cash).`,
  });
  const taxPct =
    sponsor.companyTaxRatePct ??
    (known && turnover < rule.baseRateEntityTurnoverBelow ? rule.baseRateTaxPct : rule.otherTaxPct);
  const premium = refundable ? rule.refundablePremiumPts : rule.nonRefundablePremiumPts;
  notes.push(
    `Rate = company tax rate ${taxPct}% + ${premium} points = ${taxPct + premium}% of eligible spend.`,
  );
  if (known && !refundable)
    notes.push(
      'Premium 8.5 points assumed (R&D intensity ≤ 2%); above 2% intensity the premium is 16.5 points.',
    );
  notes.push(
    `The offset replaces the ordinary tax deduction: its net benefit over a deduction is the ${premium} premium points.`,
  );
  notes.push(
    "Minimum spend is tested on this trial's eligible spend alone (a proxy for the company's notional deductions).",
  );
  const ok = entity && known;
  return {
    ratePct: ok ? taxPct + premium : 0,
    refundable,
    staticConditionsMet: ok,
    overseasCountries: sponsor.overseasFindingCountries ?? [],
    conditions,
    notes,
  };
}

/**
 * Eligible spend (incentive currency) after the overseas-finding test and the A$150M cap; 0 when
 * below the A$20,000 minimum. Allocation-free: called once per Monte Carlo run.
 */
export function rdtiEligibleSpend(
  rule: RdTaxIncentiveRule,
  domesticSpend: number,
  overseasSpend: number,
): number {
  // An overseas finding needs overseas spend < Australian spend; otherwise only domestic counts.
  const spend =
    overseasSpend > 0 && overseasSpend < domesticSpend ? domesticSpend + overseasSpend : domesticSpend;
  if (spend < rule.minimumEligibleSpend) return 0;
  return Math.min(spend, rule.maximumEligibleSpend);
}

/** The spend-dependent conditions, for the explanation. */
export function rdtiSpendConditions(
  rule: RdTaxIncentiveRule,
  domesticSpend: number,
  overseasSpend: number,
): IncentiveCondition[] {
  const out: IncentiveCondition[] = [];
  const overseasOk = overseasSpend > 0 && overseasSpend < domesticSpend;
  if (overseasSpend > 0) {
    out.push({
      label: 'Overseas finding: overseas spend below Australian spend',
      met: overseasOk,
      detail: `${fmtAud(overseasSpend)} overseas vs ${fmtAud(domesticSpend)} in Australia${overseasOk ? ': included.' : ': excluded.'}`,
    });
  }
  const spend = overseasOk ? domesticSpend + overseasSpend : domesticSpend;
  out.push({
    label: `Minimum ${fmtAud(rule.minimumEligibleSpend)} eligible spend`,
    met: spend >= rule.minimumEligibleSpend,
    detail: `${fmtAud(spend)} eligible spend${spend > rule.maximumEligibleSpend ? `, capped at ${fmtAud(rule.maximumEligibleSpend)}` : ''}.`,
  });
  return out;
}
