/**
 * Uncertainty in unit costs (docs/cost-model.md, "Unit-cost uncertainty").
 *
 * Each unit cost is multiplied, per Monte Carlo run, by a lognormal factor with MEAN one:
 * f = exp(σ·z − σ²/2), z ~ N(0, 1). Mean one keeps the expected cost equal to the deterministic
 * arithmetic on the point values (what computeCost gives and the hand-computed tests check);
 * the median factor is exp(−σ²/2), slightly below one, so the total's P50 sits a little below its
 * expected value. σ comes from the kind of evidence behind the value (the confidence rule of
 * docs/reference-data.md): a statute or a contract is known, a proxy or an unsourced input is not.
 */
import { sampleStdNormal, type Sfc32 } from '../random/index';
import type { CompiledCost } from './core';
import type { CostInput, CountryUnitCost, StudyUnitCost } from './types';

/** Evidence kinds of the reference data (src/domain/reference, confidence rule). */
export type EvidenceKind = 'official' | 'study' | 'single' | 'derived' | 'proxy' | 'none';

/**
 * σ of the log of a unit cost, by the kind of its evidence. ASSUMPTIONS, anchored so that:
 * - a statute, a regulator's fee table or a definition (US index = 1) is exact: σ = 0;
 * - a multi-trial analysis (n ≥ 100) is known to ±20% (P10–P90 factor 0.82–1.20, σ 0.15); with
 *   n < 100 or n unknown to ±30% (σ 0.25);
 * - one fee schedule, a vendor figure or a derivation (a share applied to a median) is known to
 *   about a factor 1.5 either way (σ 0.35); the reference ranges of such values, read as P5–P95,
 *   imply σ of the same order, e.g. the US start-up fee 9,850–30,000 → ln(30,000/9,850)/3.29 = 0.34;
 * - a regional or global figure copied to a country (proxy) adds the country-to-country
 *   variation (σ 0.4);
 * - no public source (an illustrative input) is known to about a factor 2 (σ 0.5; P10–P90 factor
 *   0.47–1.68), still below the trial-to-trial spread of cost per patient in Moore et al. 2020
 *   (IQR US$29,894–75,047 around a median of US$41,413 → σ ≈ 0.68).
 */
export const UNIT_COST_SIGMA_BY_EVIDENCE: Readonly<Record<EvidenceKind, number>> = {
  official: 0,
  study: 0.25,
  single: 0.35,
  derived: 0.35,
  proxy: 0.4,
  none: 0.5,
};
/** σ of a `study` value with n ≥ 100 (confidence high). */
export const UNIT_COST_SIGMA_LARGE_STUDY = 0.15;

/** σ for a reference value from its evidence kind and confidence (unknown evidence → as `none`). */
export function unitCostSigma(evidence: string | undefined, confidence?: string): number {
  if (evidence === 'study' && confidence === 'high') return UNIT_COST_SIGMA_LARGE_STUDY;
  return UNIT_COST_SIGMA_BY_EVIDENCE[evidence as EvidenceKind] ?? UNIT_COST_SIGMA_BY_EVIDENCE.none;
}

/**
 * σ for a value the user typed as a range (min, mode, max), read as P10–P90 of a lognormal:
 * σ = ln(max / min) / (2 × 1.2816). A point value (min = max) is taken as known (a contracted
 * price), σ = 0.
 */
export function sigmaFromRange(min: number, max: number): number {
  if (!(min > 0) || !(max > min)) return 0;
  return Math.log(max / min) / (2 * 1.2815515655446004);
}

const COUNTRY_KEYS: readonly CountryUnitCost[] = [
  'siteStartupFee',
  'perPatient',
  'monthlySiteCost',
  'monitoringVisitCost',
  'regulatoryFee',
  'ethicsFee',
];
const STUDY_KEYS: readonly StudyUnitCost[] = [
  'usSitePayment',
  'ipSupply',
  'centralLabImaging',
  'insurance',
  'dataManagement',
];

/** The σ of every sampled unit cost, compiled once; `undefined` when nothing is uncertain. */
export interface CompiledSpread {
  /** n × 6, in the order of COUNTRY_KEYS. */
  country: Float64Array;
  /** 5, in the order of STUDY_KEYS. */
  study: Float64Array;
}

export function compileSpread(input: CostInput): CompiledSpread | undefined {
  const n = input.countries.length;
  const country = new Float64Array(n * COUNTRY_KEYS.length);
  const study = new Float64Array(STUDY_KEYS.length);
  let any = false;
  const check = (v: number | undefined, field: string): number => {
    const s = v ?? 0;
    if (!(s >= 0) || !Number.isFinite(s))
      throw new RangeError(`CostInput.${field}: σ must be a finite number ≥ 0`);
    if (s > 0) any = true;
    return s;
  };
  input.countries.forEach((c, i) =>
    COUNTRY_KEYS.forEach((k, j) => {
      country[i * COUNTRY_KEYS.length + j] = check(
        c.unitCostSigma?.[k],
        `countries[${i}] (${c.iso2}).unitCostSigma.${k}`,
      );
    }),
  );
  STUDY_KEYS.forEach(
    (k, j) => (study[j] = check(input.study?.unitCostSigma?.[k], `study.unitCostSigma.${k}`)),
  );
  return any ? { country, study } : undefined;
}

/** A copy of the compiled rates that drawSampledRates overwrites run by run. */
export function cloneRates(p: CompiledCost): CompiledCost {
  return {
    ...p,
    startupPerSite: p.startupPerSite.slice(),
    ethicsPerSite: p.ethicsPerSite.slice(),
    fixedPerCountry: p.fixedPerCountry.slice(),
    regulatoryFixed: p.regulatoryFixed.slice(),
    ethicsFixed: p.ethicsFixed.slice(),
    runningPerSiteMonth: p.runningPerSiteMonth.slice(),
    monitoringPerSiteMonth: p.monitoringPerSiteMonth.slice(),
    perPatientScreening: p.perPatientScreening.slice(),
    perPatientTreatment: p.perPatientTreatment.slice(),
    perPatientFollowUp: p.perPatientFollowUp.slice(),
    perScreenFailure: p.perScreenFailure.slice(),
  };
}

/** Mean-one lognormal factor exp(σz − σ²/2); exactly 1 (no draw) when σ = 0. */
function factor(rng: Sfc32, sigma: number): number {
  return sigma > 0 ? Math.exp(sigma * sampleStdNormal(rng) - 0.5 * sigma * sigma) : 1;
}

/**
 * Writes one run's sampled unit costs into `ps` from the point values in `p`. The US site payment
 * is one benchmark behind every country's per-patient payments, so its factor is shared by all
 * countries in the run; each country's cost index, fees and rates get their own factors. A CRO's
 * monitoring rate is a contract term and is not sampled.
 */
export function drawSampledRates(
  p: CompiledCost,
  ps: CompiledCost,
  spread: CompiledSpread,
  rng: Sfc32,
): void {
  const st = spread.study;
  const fUs = factor(rng, st[0]!);
  ps.ipPerPatient = p.ipPerPatient * factor(rng, st[1]!);
  ps.labPerPatient = p.labPerPatient * factor(rng, st[2]!);
  ps.insurancePerPatient = p.insurancePerPatient * factor(rng, st[3]!);
  ps.dmPerMonth = p.dmPerMonth * factor(rng, st[4]!);
  const w = COUNTRY_KEYS.length;
  for (let c = 0; c < p.n; c++) {
    const sg = spread.country;
    const o = c * w;
    const fStartup = factor(rng, sg[o]!);
    const fPatient = fUs * factor(rng, sg[o + 1]!);
    const fRunning = factor(rng, sg[o + 2]!);
    const fVisit = factor(rng, sg[o + 3]!);
    const fReg = factor(rng, sg[o + 4]!);
    const fEthics = factor(rng, sg[o + 5]!);
    ps.startupPerSite[c] = p.startupPerSite[c]! * fStartup;
    ps.perPatientScreening[c] = p.perPatientScreening[c]! * fPatient;
    ps.perPatientTreatment[c] = p.perPatientTreatment[c]! * fPatient;
    ps.perPatientFollowUp[c] = p.perPatientFollowUp[c]! * fPatient;
    ps.perScreenFailure[c] = p.perScreenFailure[c]! * fPatient;
    ps.runningPerSiteMonth[c] = p.runningPerSiteMonth[c]! * fRunning;
    ps.monitoringPerSiteMonth[c] = p.monitoringPerSiteMonth[c]! * (p.monitoringInUsd[c] ? 1 : fVisit);
    ps.regulatoryFixed[c] = p.regulatoryFixed[c]! * fReg;
    ps.ethicsFixed[c] = p.ethicsFixed[c]! * fEthics;
    ps.fixedPerCountry[c] = ps.regulatoryFixed[c]! + ps.ethicsFixed[c]!;
    ps.ethicsPerSite[c] = p.ethicsPerSite[c]! * fEthics;
  }
}
