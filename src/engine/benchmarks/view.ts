import type { ComparableTrial } from './comparable';
import { findComparable, rateSummary, sitesIn } from './comparable';
import type { BenchmarkDefaultsSource } from '../../domain/reference/benchmark-defaults';

type Q = { p10: number; p50: number; p90: number };

/** The parts of benchmarks.json the views read (structural: the JSON import satisfies it). */
export interface BenchmarksData extends BenchmarkDefaultsSource {
  dataset: {
    name: string;
    citation: string;
    caveats: string;
    eligibleStudies: number;
    studiesInExtract: number;
    eligibility: string;
    enrollmentPeriod: string;
  };
  model: { name: string; areaEffect: Record<string, number> };
}

export interface BenchmarkFilter {
  /** A benchmark area id; absent = all areas (study-weighted geometric mean of the area rates). */
  area?: string;
  /** "2" or "3" (3 includes 2/3 for the comparable trials); absent = phase 3 rates, all phases' trials. */
  phase?: '2' | '3';
}

export interface CountryBenchmark {
  iso2: string;
  region: string;
  /** Studies and sites in the filtered trials (area/phase) with sites in this country. */
  studies: number;
  sites: number;
  /** Fitted randomised patients per site per month of a typical (median) study, with its 80% interval. */
  rate: Q;
  confidence: string;
  /** True when the country had too few studies and shows its region's rate. */
  fallback: boolean;
  /** Empirical per-trial rates of comparable trials with sites here (undefined when none). */
  comparable?: { n: number; p10: number; p50: number; p90: number };
}

const Z80 = 1.2815515655446004;
const logSe = (q: Q) => Math.log(q.p50 / q.p10) / Z80;
const sig = (x: number) => Number(x.toPrecision(4));

/** Base rate (log scale, SE) of the filter's area at the filter's phase. */
function baseFor(b: BenchmarksData, f: BenchmarkFilter): { log: number; se: number } {
  let log: number;
  let se: number;
  if (f.area) {
    const a = b.areas.find((x) => x.id === f.area);
    if (!a) throw new RangeError(`unknown area "${f.area}"; one of: ${b.areas.map((x) => x.id).join(', ')}`);
    log = Math.log(a.baseRate.p50);
    se = logSe(a.baseRate);
  } else {
    const n = b.areas.reduce((t, a) => t + a.studies, 0);
    log = b.areas.reduce((t, a) => t + (a.studies / n) * Math.log(a.baseRate.p50), 0);
    se = Math.sqrt(b.areas.reduce((t, a) => t + (a.studies / n) ** 2 * logSe(a.baseRate) ** 2, 0));
  }
  const phase = b.phases.find((p) => p.id === (f.phase ?? '3'))!;
  // Rates of a typical (median) study: the fitted mean × the median of the study factor, so they
  // compare with the medians of comparable trials (the mean is pulled up by a few fast studies).
  const typical = Math.log(b.priorDispersion.medianStudyFactor);
  return {
    log: log + Math.log(phase.factor.p50) + typical,
    se: Math.sqrt(se * se + logSe(phase.factor) ** 2),
  };
}

/**
 * Per-country benchmark rates for an area and phase: base × phase factor × country multiplier,
 * 80% interval on the log scale treating the three as independent (they are contrasts to the
 * average site, nearly uncorrelated); with counts and empirical rates from the comparable trials.
 */
export function countryBenchmarks(
  b: BenchmarksData,
  trials: readonly ComparableTrial[],
  f: BenchmarkFilter,
): CountryBenchmark[] {
  const base = baseFor(b, f);
  const filtered = trials.filter(
    (t) =>
      (f.area === undefined || t.area === f.area) &&
      (f.phase === undefined || (f.phase === '2' ? t.phase === '2' : t.phase !== '2')),
  );
  return b.countries.map((c) => {
    const here = filtered.filter((t) => sitesIn(t, c.iso2) > 0);
    const log = base.log + Math.log(c.multiplier.p50);
    const se = Math.sqrt(base.se ** 2 + logSe(c.multiplier) ** 2);
    const comparable = rateSummary(here);
    return {
      iso2: c.iso2,
      region: c.region,
      studies: here.length,
      sites: here.reduce((t, x) => t + sitesIn(x, c.iso2), 0),
      rate: {
        p10: sig(Math.exp(log - Z80 * se)),
        p50: sig(Math.exp(log)),
        p90: sig(Math.exp(log + Z80 * se)),
      },
      confidence: c.confidence,
      fallback: c.fallback,
      ...(comparable
        ? {
            comparable: {
              n: comparable.n,
              p10: sig(comparable.p10),
              p50: sig(comparable.p50),
              p90: sig(comparable.p90),
            },
          }
        : {}),
    };
  });
}

/** Area rates at the filter's phase (all areas, or the one asked for). */
export function areaBenchmarks(b: BenchmarksData, f: BenchmarkFilter) {
  return b.areas
    .filter((a) => f.area === undefined || a.id === f.area)
    .map((a) => {
      const r = baseFor(b, { ...f, area: a.id });
      return {
        id: a.id,
        studies: a.studies,
        sites: a.sites,
        rate: {
          p10: sig(Math.exp(r.log - Z80 * r.se)),
          p50: sig(Math.exp(r.log)),
          p90: sig(Math.exp(r.log + Z80 * r.se)),
        },
      };
    });
}

export { findComparable };
