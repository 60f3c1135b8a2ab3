/**
 * Inputs and results of the trial cost model. Money is in the COUNTRY'S OWN CURRENCY on inputs
 * (as in data/reference/countries.json) unless a field name ends in `Usd`; every result is in the
 * REPORTING currency. FX rates are units of currency per 1 USD (as in data/reference/fx.json).
 * Durations are months.
 */

import type { RdTaxIncentiveRule } from './incentive';

/** Cost categories, in the order the arrays and charts use. */
export const COST_CATEGORIES = [
  'startup',
  'patientsScreening',
  'patientsTreatment',
  'patientsFollowUp',
  'screenFailures',
  'siteRunning',
  'monitoring',
  'investigationalProduct',
  'centralLabImaging',
  'dataManagement',
  'regulatoryEthics',
  'insurance',
  'croFees',
  'passThroughMarkup',
  'fxRisk',
  'incentive',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export type ByCategory = Record<CostCategory, number>;

export type FxPolicy = 'pass-through' | 'fixed-at-contract' | 'hedged';

/** One CRO's commercial terms (workspace `cros[].fees`). */
export interface CroCostInput {
  id: string;
  /** Share (0–1) of the managed direct costs of the countries it runs. */
  managementFeePct: number;
  /** USD per open site-month; 0 = use the country's visits × cost per visit instead. */
  monitoringPerSiteMonthUsd: number;
  /** Share (0–1) added to pass-throughs (investigator grants, site and regulatory/ethics fees). */
  passThroughMarkupPct: number;
  fxPolicy: FxPolicy;
}

/** One country of a scenario. Amounts in `currency`. */
export interface CountryCostInput {
  iso2: string;
  /** ISO 4217 code of the amounts below. */
  currency: string;
  /** Units of `currency` per 1 USD. */
  fxPerUsd: number;
  /** Per activated site, once. */
  siteStartupFee: number;
  /** Per randomised patient: site payment for the screening visits. */
  perPatientScreening: number;
  /** Per randomised patient: site payment for the treatment-period visits. */
  perPatientTreatment: number;
  /** Per randomised patient: site payment for the follow-up visits. */
  perPatientFollowUp: number;
  /** Per screen failure; default = perPatientScreening (a failed screen costs the screening visits). */
  perScreenFailureCost?: number;
  /** Share (0–1) of SCREENED patients who fail screening; used by costDistribution only. */
  screenFailureRate: number;
  /** Per open site-month (site maintenance/administration). */
  monthlySiteCost: number;
  /** Monitoring visits per open site-month (used when no CRO monitoring rate applies). */
  monitoringVisitsPerSiteMonth: number;
  /** Per monitoring visit. */
  monitoringVisitCost: number;
  /** Competent-authority fee, once per country in the scenario; undefined = unknown (excluded, listed in the scope). */
  regulatoryFee: number | undefined;
  /** Ethics review fee; undefined = unknown (excluded, listed in the scope). */
  ethicsFee: number | undefined;
  /** 'country' = one national/central review; 'site' = per activated site (local IRB/EC). */
  ethicsFeeBasis: 'country' | 'site';
  /** CRO running this country; absent = sponsor-run (no CRO fees, sponsor bears FX). */
  croId?: string;
  /**
   * Uncertainty of this country's unit costs: the σ of a mean-one lognormal factor per value
   * (unit-cost-spread.ts); absent or 0 = the value is taken as known. `perPatient` is the
   * country's cost index against the US (the US site payment's own σ is study-level).
   */
  unitCostSigma?: Partial<Record<CountryUnitCost, number>>;
}

/** Country unit costs whose uncertainty costDistribution can sample (docs/cost-model.md). */
export type CountryUnitCost =
  'siteStartupFee' | 'perPatient' | 'monthlySiteCost' | 'monitoringVisitCost' | 'regulatoryFee' | 'ethicsFee';

/** Study-level unit costs whose uncertainty costDistribution can sample. */
export type StudyUnitCost =
  'usSitePayment' | 'ipSupply' | 'centralLabImaging' | 'insurance' | 'dataManagement';

/** Sponsor facts the incentive rules need (workspace `settings.sponsor` + extras). */
export interface SponsorFacts {
  /** A$, the sponsor group's aggregated turnover; undefined = unknown (no incentive claimed). */
  aggregatedTurnoverAud?: number;
  hasAustralianEntity: boolean;
  /** Company tax rate, %; default from the turnover (base-rate entity 25%, else 30%). */
  companyTaxRatePct?: number;
  /** Countries whose R&D spend is covered by an Advance/Overseas Finding (AusIndustry). */
  overseasFindingCountries?: string[];
}

/** FX assumptions by policy (defaults in constants.ts; all shares 0–1). */
export interface FxAssumptions {
  /** ± band on foreign-currency spend the sponsor is exposed to (policy pass-through, sponsor-run). */
  passThroughBandPct: number;
  /** Cost of hedging, as a share of the hedged foreign-currency spend. */
  hedgingCostPct: number;
}

/**
 * Study-level costs (USD, the price year already applied) and the study timeline after LPI.
 * Per-patient items are charged per randomised patient in the patient's country; data management
 * runs per study-month from submission (month 0) to database lock and is shared among countries
 * by expected randomised patients.
 */
export interface StudyCostInput {
  ipSupplyPerPatientUsd: number;
  centralLabImagingPerPatientUsd: number;
  insurancePerPatientUsd: number;
  dataManagementPerMonthUsd: number;
  /** Months from LPI to the last patient's last visit; sites stay open (and monitored) until then. */
  followUpMonths: number;
  /** Months from the last patient's last visit to database lock (data management only). */
  dbLockMonths: number;
  /**
   * σ of a mean-one lognormal factor per study-level unit cost; `usSitePayment` scales every
   * country's per-patient site payments together (one benchmark behind all of them).
   */
  unitCostSigma?: Partial<Record<StudyUnitCost, number>>;
}

export interface CostInput {
  /** ISO 4217 code of the results. */
  reportingCurrency: string;
  /** Units of the reporting currency per 1 USD. */
  reportingPerUsd: number;
  countries: CountryCostInput[];
  cros: CroCostInput[];
  sponsor: SponsorFacts;
  /** R&D incentive rules to apply (e.g. from `rdtiRuleFromReference`); none = no incentive lines. */
  incentives?: RdTaxIncentiveRule[];
  fx?: Partial<FxAssumptions>;
  /** Months after which a site's open period is cut when LPI is never reached (costDistribution). */
  horizonMonths?: number;
  /** Study-level costs and timeline; absent = none (the site-level budget only, to LPI). */
  study?: StudyCostInput;
  /**
   * Seed of the unit-cost draws in costDistribution (same seed, same percentiles). Unit costs
   * are sampled only when some `unitCostSigma` is above 0.
   */
  unitCostSeed?: number | string;
}

/** What happened in one (deterministic) trial: the input to computeCost. */
export interface CostOutcome {
  /** Every selected site: its country, whether it activated, and months open (activation → site close). */
  sites: Array<{ iso2: string; activated: boolean; openMonths: number }>;
  /** Months from submission to database lock (data management); default 0. */
  studyMonths?: number;
  /** Patients randomised and screened per country (screened ≥ randomised). */
  patients: Record<string, { randomised: number; screened: number }>;
}

/** One incentive condition with its verdict, for the "why" panel. */
export interface IncentiveCondition {
  label: string;
  met: boolean;
  detail: string;
}

/** An incentive as its own line; never folded silently into other costs. */
export interface IncentiveLine {
  id: string;
  name: string;
  country: string;
  /** True: a cash refund, included (negative) in category `incentive` and the net total. */
  refundable: boolean;
  /** Offset rate applied, % of eligible spend (0 when a condition is unmet). */
  ratePct: number;
  /** Eligible spend in the incentive's currency (after the cap), and in the reporting currency. */
  eligibleSpendLocal: number;
  eligibleSpend: number;
  /** Offset value, reporting currency, ≥ 0 (0 when any condition is unmet). */
  amount: number;
  /** Offset in the incentive's own currency. */
  amountLocal: number;
  localCurrency: string;
  conditions: IncentiveCondition[];
  notes: string[];
}

export interface CountryCost {
  total: number;
  byCategory: ByCategory;
}

export interface CostBreakdown {
  currency: string;
  /** Net cash cost: gross total minus refundable incentives. */
  total: number;
  /** Before any incentive. */
  grossTotal: number;
  byCategory: ByCategory;
  byCountry: Record<string, CountryCost>;
  randomised: number;
  /** total / randomised (NaN when nobody was randomised). */
  perRandomisedPatient: number;
  incentives: IncentiveLine[];
  /** Foreign-currency spend whose FX risk the sponsor carries, with its ± band. */
  fxExposure: { amount: number; bandPct: number; low: number; high: number };
}

/** Monte Carlo output of the forecast, as costDistribution needs it. */
export interface CostSamples {
  runs: number;
  /** Per run, months to last patient in; Infinity when never reached (cut at the horizon). */
  lpiMonths: Float64Array;
  /** runs × sites, row-major, months; NaN = never activated. */
  activationMonths: Float32Array;
  /** Per site, index into CostInput.countries. */
  siteCountry: Int32Array;
  /** Expected randomised patients per country iso2. */
  expectedPatientsByCountry: Record<string, number>;
}

/** P10/P50/P90 of a quantity over the Monte Carlo runs, with its mean. */
export interface CostPercentiles {
  expected: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Spend in one quarter: months [startMonth, endMonth) after the first submission. */
export interface QuarterSpend extends CostPercentiles {
  quarter: number;
  startMonth: number;
  endMonth: number;
}

export interface CostDistribution {
  currency: string;
  runs: number;
  expectedTotal: number;
  p10: number;
  p50: number;
  p90: number;
  expectedGrossTotal: number;
  expectedByCategory: ByCategory;
  /** Each category's mean and P10/P50/P90 over the runs (timing and, when given, unit-cost uncertainty). */
  byCategoryPercentiles: Record<CostCategory, CostPercentiles>;
  /** Spend per quarter after the first submission, through database lock (mean, P10/P50/P90). */
  byQuarter: QuarterSpend[];
  /** Expected months from submission: end of enrolment (LPI), last visit (sites close), database lock. */
  timeline: { lpiMonths: number; lastVisitMonths: number; dbLockMonths: number };
  expectedByCountry: Record<string, number>;
  expectedPerRandomisedPatient: number;
  /** Runs whose LPI was never reached, so sites were costed up to the horizon. */
  runsCutAtHorizon: number;
  horizonMonths: number;
  /** Each incentive: expected amount, share of runs where every condition held, conditions at mean. */
  incentives: Array<{
    id: string;
    name: string;
    country: string;
    refundable: boolean;
    expectedAmount: number;
    pApplied: number;
    conditions: IncentiveCondition[];
  }>;
  fxExposure: { amount: number; bandPct: number; low: number; high: number };
  /**
   * What the P10/P50/P90 include: timing only, or timing and unit costs (each unit cost drawn
   * per run from a mean-one lognormal with the σ its evidence gives).
   */
  uncertainty: 'timing' | 'timing-and-unit-costs';
}
