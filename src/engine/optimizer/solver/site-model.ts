/**
 * Per-site recruitment moments under the Poisson–Gamma model with random opening
 * (Anisimov & Fedorov, Stat Med 2007; docs/forecast-spec.md). A site's rate λ ~ Gamma(shape m²/v, rate m/v)
 * (mean m, variance v, patients/site/month), it opens at u (fixed or U(a, b), months) and recruits
 * until t; dropout thins the Poisson process, so non-dropout patients ~ Poisson(λ(1 − d)τ),
 * τ = max(0, t − u).
 */
import type { CountrySpec } from './spec';

/** Raw moments E[τ], E[τ²] of the open time τ = max(0, t − u) in months. */
export function openTimeMoments(opensAt: CountrySpec['opensAt'], t: number): { m1: number; m2: number } {
  if (typeof opensAt === 'number') {
    const tau = Math.max(0, t - opensAt);
    return { m1: tau, m2: tau * tau };
  }
  const [a, b] = opensAt.uniform;
  if (b - a < 1e-12) {
    const tau = Math.max(0, t - a);
    return { m1: tau, m2: tau * tau };
  }
  if (t <= a) return { m1: 0, m2: 0 };
  // E[τ^k] = ∫_a^{min(b,t)} (t − u)^k du / (b − a)
  const hiGap = t - Math.min(b, t);
  const loGap = t - a;
  return {
    m1: (loGap ** 2 - hiGap ** 2) / (2 * (b - a)),
    m2: (loGap ** 3 - hiGap ** 3) / (3 * (b - a)),
  };
}

/** Mean and variance of one site's non-dropout patient count by month t. */
export interface SiteMoments {
  mean: number;
  variance: number;
}

/**
 * Var N = E[Var N | λ, τ] + Var E[N | λ, τ] = m q E[τ] + q²((v + m²) E[τ²] − m² E[τ]²): Poisson
 * noise plus the between-site rate spread plus the spread from the random opening time.
 */
export function siteMoments(country: CountrySpec, t: number): SiteMoments {
  const q = 1 - country.dropoutRate;
  const m = country.rateMean;
  const { m1, m2 } = openTimeMoments(country.opensAt, t);
  const mean = m * q * m1;
  const variance = mean + q * q * ((country.rateVariance + m * m) * m2 - m * m * m1 * m1);
  return { mean, variance: Math.max(variance, mean) };
}

/**
 * Expected cost of one site (USD) for a window of `windowMonths`: start-up + (monthly cost +
 * per-patient cost × rate mean × (1 − dropout)) × expected open months.
 */
export function siteExpectedCost(country: CountrySpec, windowMonths: number): number {
  const { m1 } = openTimeMoments(country.opensAt, windowMonths);
  const perMonth =
    country.siteMonthlyCost + country.perPatientCost * country.rateMean * (1 - country.dropoutRate);
  return country.siteStartupCost + perMonth * m1;
}
