import { runApprox } from './approximation/approximation';
import { exactNotApplicableReason, runExact } from './closed-form';
import { runMonteCarlo } from './monte-carlo/chunks';
import { prepareForecast, type PreparedForecast } from './prepare';
import type { ForecastInput, ForecastMethod, ForecastOptions, ForecastResult } from './types';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;

/**
 * Enrollment forecast: time to target (months), the count curve, P(target by deadline) and the
 * expected count per country, by one of three methods behind one interface.
 *
 * - 'exact': closed form; only when all sites open together with one prior and no caps.
 * - 'approx': moment-matched gamma mixture; any openings/priors, no caps.
 * - 'monte-carlo': seeded continuous-time simulation; everything, including caps.
 * - 'auto' (default): exact if applicable, else approx if applicable (no caps), else Monte Carlo.
 * Asking for a method that cannot handle the input throws ForecastNotApplicableError.
 */
export function forecast(input: ForecastInput, options: ForecastOptions = {}): ForecastResult {
  validateInput(input, options);
  const prepared = prepareForecast(input);
  const curveMonths = options.curveMonths ?? [];
  const method = options.method ?? 'auto';
  if (method === 'exact') return runExact(prepared, curveMonths);
  if (method === 'approx') return runApprox(prepared, curveMonths);
  if (method === 'monte-carlo')
    return runMonteCarlo(
      prepared,
      options.runs ?? DEFAULT_RUNS,
      options.seed ?? DEFAULT_SEED,
      curveMonths,
      options.collect,
    );
  return autoForecast(prepared, options, curveMonths);
}

function autoForecast(p: PreparedForecast, options: ForecastOptions, curveMonths: number[]): ForecastResult {
  const method = autoMethod(p);
  if (method === 'exact') return runExact(p, curveMonths);
  if (method === 'approx') return runApprox(p, curveMonths);
  return runMonteCarlo(
    p,
    options.runs ?? DEFAULT_RUNS,
    options.seed ?? DEFAULT_SEED,
    curveMonths,
    options.collect,
  );
}

function autoMethod(p: PreparedForecast): ForecastMethod {
  if (exactNotApplicableReason(p) === undefined) return 'exact';
  return p.hasCaps ? 'monte-carlo' : 'approx';
}

/** The method `forecast(input, options)` will use ('auto' resolved). */
export function forecastMethodFor(input: ForecastInput, options: ForecastOptions = {}): ForecastMethod {
  const method = options.method ?? 'auto';
  return method === 'auto' ? autoMethod(prepareForecast(input)) : method;
}

export function validateInput(input: ForecastInput, options: ForecastOptions): void {
  const fail = (field: string, why: string) => {
    throw new RangeError(`${field}: ${why}`);
  };
  if (!Number.isInteger(input.target) || input.target < 1) fail('target', 'must be a whole number ≥ 1');
  if (
    input.alreadyCounted !== undefined &&
    !(Number.isInteger(input.alreadyCounted) && input.alreadyCounted >= 0)
  )
    fail('alreadyCounted', 'must be a whole number ≥ 0');
  if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs >= 1))
    fail('runs', 'must be a whole number ≥ 1');
  const sites = input.sites;
  const count = Array.isArray(sites) ? sites.reduce((n, g) => n + g.count, 0) : sites.count;
  if (count < 1) fail('sites', 'at least one site is needed');
  if (Array.isArray(sites)) {
    sites.forEach((g, i) => {
      if (!(g.shape > 0)) fail(`sites[${i}].shape`, 'must be > 0');
      if (!(g.rate > 0)) fail(`sites[${i}].rate`, 'must be > 0');
      if (!Number.isInteger(g.count) || g.count < 0) fail(`sites[${i}].count`, 'must be a whole number ≥ 0');
    });
  } else {
    for (let i = 0; i < sites.count; i++) {
      if (!(sites.shape[i]! > 0)) fail(`sites.shape[${i}]`, 'must be > 0');
      if (!(sites.rate[i]! > 0)) fail(`sites.rate[${i}]`, 'must be > 0');
    }
  }
  for (const m of [...(options.curveMonths ?? []), ...(input.at ?? [])])
    if (!Number.isFinite(m)) fail('months', 'must be finite numbers');
}
