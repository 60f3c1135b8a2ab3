import { PRIOR_ASSUMPTIONS } from './assumptions';
import type { PriorAssumptions } from './assumptions';
import { gammaQuantile, probabilityNoPatient } from './gamma-quantile';
import { formatPercent } from '../../domain/format';

/** What is known about one site, in patients/site/month unless stated. */
export interface SitePriorInput {
  /** Country × therapeutic-area default rate, patients/site/month (> 0). */
  countryDefaultRate: number;
  /** Coefficient of variation of the default (defaults to PRIOR_ASSUMPTIONS.countryCv). */
  countryCv?: number;
  /** The PI's trials in this therapeutic area (count). */
  piTrialsInArea?: number;
  /** The PI's historical randomised patients per month in comparable trials; absent = unknown. */
  piPastEnrollmentPerMonth?: number;
  /** The site's own feasibility estimate (optimistic), patients/month. */
  selfEstimatePerMonth?: number;
  /** Share by which the self-estimate is discounted (settings.optimismDiscount, e.g. 0.3). */
  optimismDiscount: number;
  /** Competing trials recruiting the same population at this site (count). */
  competingTrials?: number;
  /** Override any modelling assumption (tests, sensitivity analysis). */
  assumptions?: Partial<PriorAssumptions>;
}

/** One term of the explanation: a source of evidence and its share of the prior mean. */
export interface PriorTerm {
  key: 'country' | 'pi-history' | 'self-estimate' | 'competition' | 'zero-risk';
  label: string;
  /** patients/month for evidence terms; a factor for competition; a probability for zero-risk. */
  value: number;
  /** Share of the (pre-competition) mean this evidence carries, 0–1; null for adjustments. */
  weight: number | null;
  detail: string;
}

/** A site's enrolment-rate prior: Gamma(shape, rate) with rate = RATE parameter. */
export interface SitePrior {
  shape: number;
  /** Gamma RATE parameter, months (mean = shape / rate patients/month). */
  rate: number;
  /** Expected patients/site/month. */
  mean: number;
  /** 5th and 95th percentiles of the rate, patients/month. */
  interval90: { low: number; high: number };
  /** P(no patient in PRIOR_ASSUMPTIONS.zeroHorizonMonths months) under the prior. */
  pZero: number;
  zeroHorizonMonths: number;
  /** True when the PI has no usable enrolment history: the prior stays wide. */
  noHistory: boolean;
  explanation: PriorTerm[];
}

const fmt = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));

/**
 * Builds a site's Gamma rate prior by conjugate (Poisson–gamma) updating:
 *
 * 1. Start from the country × area default m₀ with coefficient of variation c:
 *    α₀ = 1/c², β₀ = α₀/m₀ (β is a RATE in months: "β₀ site-months of evidence").
 * 2. PI history: rate r over k trials in the area is treated as r·T patients seen in
 *    T = monthsPerPastTrial × min(k, maxPastTrialsCounted) pseudo site-months: α += r·T, β += T.
 *    More trials → more weight; no history → the prior keeps the small shape α₀ (wide).
 * 3. Site self-estimate s, discounted by the optimism share d (sites over-promise: ~11% enrol
 *    nobody, about half under-enrol — Tufts CSDD 2012/2013): α += s(1−d)·S, β += S with
 *    S = selfEstimateMonths.
 * 4. Competing trials (k_c) scale the rate by f = 1/(1 + penalty·k_c): β /= f (shape unchanged).
 *
 * The pre-competition mean α/β is then a weighted average of m₀, r and s(1−d) with weights
 * β₀/β, T/β and S/β — the explanation reports exactly these weights.
 *
 * @returns Gamma {shape, rate} with mean in patients/site/month and the 90% interval.
 */
export function sitePrior(input: SitePriorInput): SitePrior {
  const a = { ...PRIOR_ASSUMPTIONS, ...input.assumptions };
  const m0 = input.countryDefaultRate;
  if (!(m0 > 0) || !Number.isFinite(m0))
    throw new RangeError(`sitePrior: country default rate must be > 0, got ${m0}`);
  const cv = input.countryCv ?? a.countryCv;
  if (!(cv > 0)) throw new RangeError(`sitePrior: coefficient of variation must be > 0, got ${cv}`);
  const d = input.optimismDiscount;
  if (!(d >= 0 && d < 1)) throw new RangeError(`sitePrior: optimism discount must be in [0, 1), got ${d}`);

  const alpha0 = 1 / (cv * cv);
  const beta0 = alpha0 / m0;
  let alpha = alpha0;
  let beta = beta0;
  const terms: PriorTerm[] = [];

  const r = input.piPastEnrollmentPerMonth;
  const trials = input.piTrialsInArea ?? 0;
  const histMonths =
    r === undefined ? 0 : a.monthsPerPastTrial * Math.min(Math.max(trials, 1), a.maxPastTrialsCounted);
  if (r !== undefined) {
    alpha += r * histMonths;
    beta += histMonths;
  }

  const s = input.selfEstimatePerMonth;
  const sAdj = s === undefined ? undefined : s * (1 - d);
  if (sAdj !== undefined) {
    alpha += sAdj * a.selfEstimateMonths;
    beta += a.selfEstimateMonths;
  }

  const preBeta = beta;
  terms.push({
    key: 'country',
    label: 'Country × area default',
    value: m0,
    weight: beta0 / preBeta,
    detail: `country default ${fmt(m0)}/month (CV ${cv.toFixed(1)}, worth ${fmt(beta0)} site-months)`,
  });
  if (r !== undefined) {
    const n = Math.max(trials, 1);
    terms.push({
      key: 'pi-history',
      label: 'PI history',
      value: r,
      weight: histMonths / preBeta,
      detail: `PI history ${fmt(r)}/month over ${n} trial${n === 1 ? '' : 's'}${trials > a.maxPastTrialsCounted ? ` (first ${a.maxPastTrialsCounted} counted)` : ''}`,
    });
  }
  if (s !== undefined && sAdj !== undefined) {
    terms.push({
      key: 'self-estimate',
      label: 'Site estimate',
      value: sAdj,
      weight: a.selfEstimateMonths / preBeta,
      detail: `site estimate ${fmt(s)} discounted ${formatPercent(d)} → ${fmt(sAdj)}/month`,
    });
  }

  const k = input.competingTrials ?? 0;
  if (k > 0) {
    const f = 1 / (1 + a.competitionPenaltyPerTrial * k);
    beta /= f;
    terms.push({
      key: 'competition',
      label: 'Competing trials',
      value: f,
      weight: null,
      detail: `${k} competing trial${k === 1 ? '' : 's'} × ${f.toFixed(2)} (assumption: 1/(1 + ${a.competitionPenaltyPerTrial}·k))`,
    });
  }

  const tau = a.zeroHorizonMonths;
  const pZero = probabilityNoPatient(alpha, beta, tau);
  terms.push({
    key: 'zero-risk',
    label: `P(no patient in ${tau} months)`,
    value: pZero,
    weight: null,
    detail: `chance of no patient in ${tau} months ${formatPercent(pZero)} = (β/(β+${tau}))^α`,
  });

  return {
    shape: alpha,
    rate: beta,
    mean: alpha / beta,
    interval90: { low: gammaQuantile(0.05, alpha, beta), high: gammaQuantile(0.95, alpha, beta) },
    pZero,
    zeroHorizonMonths: tau,
    noHistory: r === undefined,
    explanation: terms,
  };
}

/**
 * The prior in one sentence, e.g. "Expected 0.57 patients/month; 90% range 0.21–1.1; based on:
 * country default 0.50/month (weight 21%), PI history 0.80/month over 3 trials (weight 63%), …".
 */
export function describeSitePrior(prior: SitePrior): string {
  const parts = prior.explanation.map((t) =>
    t.weight === null ? t.detail : `${t.detail} (weight ${formatPercent(t.weight)})`,
  );
  const wide = prior.noHistory ? ' No PI enrolment history, so the range stays wide.' : '';
  return (
    `Expected ${fmt(prior.mean)} patients/month; 90% range ${fmt(prior.interval90.low)}–${fmt(prior.interval90.high)}; ` +
    `based on: ${parts.join(', ')}.${wide}`
  );
}
