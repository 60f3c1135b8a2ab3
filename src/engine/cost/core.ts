/**
 * The cost formulas, shared by computeCost (one outcome) and costDistribution (every Monte Carlo
 * run). The input is compiled once into per-country rates in the REPORTING currency, then each
 * evaluation is a few multiply-adds per country, writing into caller-owned typed arrays.
 */
import {
  DEFAULT_COST_HORIZON_MONTHS,
  DEFAULT_FX_PASS_THROUGH_BAND_PCT,
  DEFAULT_HEDGING_COST_PCT,
} from './constants';
import { rdtiEligibleSpend, rdtiTerms, type RdTaxIncentiveRule, type RdtiTerms } from './incentive';
import { COST_CATEGORIES, type CostInput } from './types';

export const N_CAT = COST_CATEGORIES.length;
/** Index of each category in the per-country rows (the order of COST_CATEGORIES). */
export const CAT = Object.fromEntries(COST_CATEGORIES.map((k, i) => [k, i])) as Record<
  (typeof COST_CATEGORIES)[number],
  number
>;
const STARTUP = CAT.startup,
  P_SCREEN = CAT.patientsScreening,
  P_TREAT = CAT.patientsTreatment,
  P_FOLLOW = CAT.patientsFollowUp,
  SCREEN = CAT.screenFailures,
  RUNNING = CAT.siteRunning,
  MONITORING = CAT.monitoring,
  IP = CAT.investigationalProduct,
  LAB = CAT.centralLabImaging,
  DM = CAT.dataManagement,
  REG = CAT.regulatoryEthics,
  INSURANCE = CAT.insurance,
  CRO = CAT.croFees,
  MARKUP = CAT.passThroughMarkup,
  FX = CAT.fxRisk,
  INCENTIVE = CAT.incentive;

const FX_EXPOSED = 0,
  FX_FIXED = 1,
  FX_HEDGED = 2;

export interface CompiledRule {
  rule: RdTaxIncentiveRule;
  terms: RdtiTerms;
  /** Index of the rule's own country in the input. */
  domestic: number;
  /** 1 for countries covered by an overseas finding. */
  overseas: Uint8Array;
  /** Reporting currency → incentive currency. */
  toLocal: number;
}

export interface CompiledCost {
  n: number;
  iso2: string[];
  index: Map<string, number>;
  startupPerSite: Float64Array;
  ethicsPerSite: Float64Array;
  fixedPerCountry: Float64Array;
  /** The two parts of fixedPerCountry: the regulatory fee and a once-per-country ethics fee. */
  regulatoryFixed: Float64Array;
  ethicsFixed: Float64Array;
  runningPerSiteMonth: Float64Array;
  monitoringPerSiteMonth: Float64Array;
  monitoringInUsd: Uint8Array;
  perPatientScreening: Float64Array;
  perPatientTreatment: Float64Array;
  perPatientFollowUp: Float64Array;
  perScreenFailure: Float64Array;
  /** Study-level per-patient rates (reporting currency, charged in USD). */
  ipPerPatient: number;
  labPerPatient: number;
  insurancePerPatient: number;
  /** Data management per study-month (reporting currency, charged in USD). */
  dmPerMonth: number;
  followUpMonths: number;
  dbLockMonths: number;
  /** Screen failures per randomised patient, sf / (1 − sf). */
  screenFailuresPerRandomised: Float64Array;
  mgmtPct: Float64Array;
  markupPct: Float64Array;
  localForeign: Uint8Array;
  usdForeign: boolean;
  fxPolicy: Uint8Array;
  hedgingCostPct: number;
  bandPct: number;
  horizonMonths: number;
  rules: CompiledRule[];
}

function need(ok: boolean, field: string, why: string): void {
  if (!ok) throw new RangeError(`CostInput.${field}: ${why}`);
}

/** Validates and compiles a CostInput; throws a RangeError naming the bad field. */
export function compileCost(input: CostInput): CompiledCost {
  const n = input.countries.length;
  need(input.reportingPerUsd > 0, 'reportingPerUsd', 'must be > 0');
  const cros = new Map(input.cros.map((c) => [c.id, c]));
  const f64 = () => new Float64Array(n);
  const p: CompiledCost = {
    n,
    iso2: input.countries.map((c) => c.iso2),
    index: new Map(input.countries.map((c, i) => [c.iso2, i])),
    startupPerSite: f64(),
    ethicsPerSite: f64(),
    fixedPerCountry: f64(),
    regulatoryFixed: f64(),
    ethicsFixed: f64(),
    runningPerSiteMonth: f64(),
    monitoringPerSiteMonth: f64(),
    monitoringInUsd: new Uint8Array(n),
    perPatientScreening: f64(),
    perPatientTreatment: f64(),
    perPatientFollowUp: f64(),
    perScreenFailure: f64(),
    ipPerPatient: (input.study?.ipSupplyPerPatientUsd ?? 0) * input.reportingPerUsd,
    labPerPatient: (input.study?.centralLabImagingPerPatientUsd ?? 0) * input.reportingPerUsd,
    insurancePerPatient: (input.study?.insurancePerPatientUsd ?? 0) * input.reportingPerUsd,
    dmPerMonth: (input.study?.dataManagementPerMonthUsd ?? 0) * input.reportingPerUsd,
    followUpMonths: input.study?.followUpMonths ?? 0,
    dbLockMonths: input.study?.dbLockMonths ?? 0,
    screenFailuresPerRandomised: f64(),
    mgmtPct: f64(),
    markupPct: f64(),
    localForeign: new Uint8Array(n),
    usdForeign: input.reportingCurrency !== 'USD',
    fxPolicy: new Uint8Array(n),
    hedgingCostPct: input.fx?.hedgingCostPct ?? DEFAULT_HEDGING_COST_PCT,
    bandPct: input.fx?.passThroughBandPct ?? DEFAULT_FX_PASS_THROUGH_BAND_PCT,
    horizonMonths: input.horizonMonths ?? DEFAULT_COST_HORIZON_MONTHS,
    rules: [],
  };
  input.countries.forEach((c, i) => {
    const at = `countries[${i}] (${c.iso2})`;
    need(c.fxPerUsd > 0, `${at}.fxPerUsd`, 'must be > 0');
    need(c.screenFailureRate >= 0 && c.screenFailureRate < 1, `${at}.screenFailureRate`, 'must be in [0, 1)');
    const cro = c.croId === undefined ? undefined : cros.get(c.croId);
    need(c.croId === undefined || cro !== undefined, `${at}.croId`, `unknown CRO "${c.croId}"`);
    const l2r = input.reportingPerUsd / c.fxPerUsd; // local → USD → reporting
    p.startupPerSite[i] = c.siteStartupFee * l2r;
    // An unknown fee (undefined) is excluded here and listed in the cost scope, never taken as 0 silently.
    const ethics = c.ethicsFee ?? 0;
    p.ethicsPerSite[i] = c.ethicsFeeBasis === 'site' ? ethics * l2r : 0;
    p.regulatoryFixed[i] = (c.regulatoryFee ?? 0) * l2r;
    p.ethicsFixed[i] = (c.ethicsFeeBasis === 'country' ? ethics : 0) * l2r;
    p.fixedPerCountry[i] = p.regulatoryFixed[i]! + p.ethicsFixed[i]!;
    p.runningPerSiteMonth[i] = c.monthlySiteCost * l2r;
    const croMonitoring = cro !== undefined && cro.monitoringPerSiteMonthUsd > 0;
    p.monitoringInUsd[i] = croMonitoring ? 1 : 0;
    p.monitoringPerSiteMonth[i] = croMonitoring
      ? cro.monitoringPerSiteMonthUsd * input.reportingPerUsd
      : c.monitoringVisitsPerSiteMonth * c.monitoringVisitCost * l2r;
    p.perPatientScreening[i] = c.perPatientScreening * l2r;
    p.perPatientTreatment[i] = c.perPatientTreatment * l2r;
    p.perPatientFollowUp[i] = c.perPatientFollowUp * l2r;
    p.perScreenFailure[i] = (c.perScreenFailureCost ?? c.perPatientScreening) * l2r;
    p.screenFailuresPerRandomised[i] = c.screenFailureRate / (1 - c.screenFailureRate);
    p.mgmtPct[i] = cro?.managementFeePct ?? 0;
    p.markupPct[i] = cro?.passThroughMarkupPct ?? 0;
    p.localForeign[i] = c.currency !== input.reportingCurrency ? 1 : 0;
    // A sponsor-run country leaves the sponsor exposed, like a pass-through contract.
    const policy = cro?.fxPolicy ?? 'pass-through';
    p.fxPolicy[i] = policy === 'hedged' ? FX_HEDGED : policy === 'fixed-at-contract' ? FX_FIXED : FX_EXPOSED;
  });
  for (const rule of input.incentives ?? []) {
    const domestic = p.index.get(rule.country);
    if (domestic === undefined) continue; // no spend in the rule's country: nothing to claim
    const terms = rdtiTerms(rule, input.sponsor);
    const overseas = new Uint8Array(n);
    for (const iso of terms.overseasCountries) {
      const j = p.index.get(iso);
      if (j !== undefined && j !== domestic) overseas[j] = 1;
    }
    const fxLocal = input.countries[domestic]!.fxPerUsd;
    p.rules.push({ rule, terms, domestic, overseas, toLocal: fxLocal / input.reportingPerUsd });
  }
  return p;
}

/**
 * Writes the categories of country `c` into `out[off … off+N_CAT)` (reporting currency; incentive
 * left 0) and returns the foreign-currency spend the sponsor carries unhedged. `dmMonths` is the
 * country's share of the data-management months (study months × its share of patients).
 */
export function countryCostInto(
  p: CompiledCost,
  c: number,
  activated: number,
  siteMonths: number,
  randomised: number,
  screenFailures: number,
  dmMonths: number,
  out: Float64Array,
  off: number,
): number {
  const startup = activated * p.startupPerSite[c]!;
  const pScreen = randomised * p.perPatientScreening[c]!;
  const pTreat = randomised * p.perPatientTreatment[c]!;
  const pFollow = randomised * p.perPatientFollowUp[c]!;
  const screen = screenFailures * p.perScreenFailure[c]!;
  const running = siteMonths * p.runningPerSiteMonth[c]!;
  const monitoring = siteMonths * p.monitoringPerSiteMonth[c]!;
  const reg = p.fixedPerCountry[c]! + activated * p.ethicsPerSite[c]!;
  const lab = randomised * p.labPerPatient;
  // Study-level costs the sponsor buys directly (not CRO-managed): IP supply, insurance, data management.
  const ip = randomised * p.ipPerPatient;
  const insurance = randomised * p.insurancePerPatient;
  const dm = dmMonths * p.dmPerMonth;
  // Pass-throughs: investigator payments, site fees, regulatory/ethics fees and the central lab.
  const localPass = startup + pScreen + pTreat + pFollow + screen + running + reg;
  const passThrough = localPass + lab;
  const markup = p.markupPct[c]! * passThrough;
  // Management fee on every direct cost the CRO manages (pass-throughs and its own monitoring).
  const mgmt = p.mgmtPct[c]! * (passThrough + monitoring);
  const usdMonitoring = p.monitoringInUsd[c] ? monitoring * (1 + p.mgmtPct[c]!) : 0;
  // Study-level items are priced in USD; the central lab's mark-up and fee follow it.
  const usdStudy = lab * (1 + p.markupPct[c]! + p.mgmtPct[c]!) + ip + insurance + dm;
  const usdPart = usdMonitoring + usdStudy;
  const localPart = localPass + markup + mgmt + monitoring + lab + ip + insurance + dm - usdPart;
  const foreign = (p.localForeign[c] ? localPart : 0) + (p.usdForeign ? usdPart : 0);
  const policy = p.fxPolicy[c]!;
  out[off + STARTUP] = startup;
  out[off + P_SCREEN] = pScreen;
  out[off + P_TREAT] = pTreat;
  out[off + P_FOLLOW] = pFollow;
  out[off + SCREEN] = screen;
  out[off + RUNNING] = running;
  out[off + MONITORING] = monitoring;
  out[off + IP] = ip;
  out[off + LAB] = lab;
  out[off + DM] = dm;
  out[off + REG] = reg;
  out[off + INSURANCE] = insurance;
  out[off + CRO] = mgmt;
  out[off + MARKUP] = markup;
  out[off + FX] = policy === FX_HEDGED ? p.hedgingCostPct * foreign : 0;
  out[off + INCENTIVE] = 0;
  return policy === FX_EXPOSED ? foreign : 0;
}

/**
 * Spend eligible for R&D incentives: the country's own spend, i.e. every category but FX hedging,
 * the incentive itself and the study-level items bought centrally in USD (IP supply, central lab,
 * data management, insurance), which are not incurred in the country.
 */
const NOT_ELIGIBLE = new Set([FX, INCENTIVE, IP, LAB, DM, INSURANCE]);
function eligibleOf(m: Float64Array, c: number): number {
  let s = 0;
  for (let k = 0; k < N_CAT; k++) if (!NOT_ELIGIBLE.has(k)) s += m[c * N_CAT + k]!;
  return s;
}

/**
 * Applies every incentive rule to the per-country matrix `m` (n × N_CAT). Refundable offsets go
 * into the domestic country's `incentive` cell as a negative amount; `amounts[r]` receives each
 * rule's offset (reporting currency, ≥ 0) whether refundable or not.
 */
export function applyIncentivesInto(
  p: CompiledCost,
  m: Float64Array,
  amounts: Float64Array,
  spendLocal: Float64Array,
): void {
  for (let r = 0; r < p.rules.length; r++) {
    const cr = p.rules[r]!;
    const domestic = eligibleOf(m, cr.domestic) * cr.toLocal;
    let overseas = 0;
    for (let c = 0; c < p.n; c++) if (cr.overseas[c]) overseas += eligibleOf(m, c) * cr.toLocal;
    const eligible = rdtiEligibleSpend(cr.rule, domestic, overseas);
    spendLocal[2 * r] = domestic;
    spendLocal[2 * r + 1] = overseas;
    const amount = cr.terms.staticConditionsMet ? ((cr.terms.ratePct / 100) * eligible) / cr.toLocal : 0;
    amounts[r] = amount;
    if (cr.terms.refundable) m[cr.domestic * N_CAT + INCENTIVE] = -amount;
  }
}
