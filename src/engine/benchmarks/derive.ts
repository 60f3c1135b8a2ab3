import type { Region } from '../../domain/reference/country';
import { gammaQuantile } from '../priors/gamma-quantile';
import { BENCHMARK_PHASES } from './classify';
import type { BenchmarkStudy } from './eligibility';
import { BENCHMARK_AREAS, fitRecruitmentModel, regionOf, type FittedModel } from './fit';

/** z for a central 80% interval. */
const Z80 = 1.2815515655446004;
/** Fewer studies than this in a country: its own estimate is not shown; it falls back to its region. */
export const MIN_STUDIES_FOR_COUNTRY = 5;

const sig = (x: number, digits = 4) => Number(x.toPrecision(digits));
const interval = (logMean: number, se: number) => ({
  p10: sig(Math.exp(logMean - Z80 * se)),
  p50: sig(Math.exp(logMean)),
  p90: sig(Math.exp(logMean + Z80 * se)),
});

export const DATASET = {
  name: 'ClinicalTrials.gov 2016 snapshot',
  citation: 'ClinicalTrials.gov, records processed 2016-04-13, via chartgerink/2017ctgov (CC0)',
  file: 'data/ctgov/studies.jsonl.gz',
  caveats:
    'Completed interventional studies that posted results, mostly started 2004–2012, US-heavy; sites are as listed (not necessarily active); enrollment periods are estimated from dates.',
} as const;

export const MODEL_NAME =
  'NB model (Poisson–Gamma, exposure sites × enrollment months, country/area/phase effects, countries shrunk to region)';

export const ELIGIBILITY =
  'Industry-sponsored phase 2, 2/3 or 3 studies with at least one listed site, start and primary completion dates ≥ 1 month apart and enrollment ≥ 1';

/** Counts of studies and sites by a key. */
function tally(studies: readonly BenchmarkStudy[], keys: (s: BenchmarkStudy) => [string, number][]) {
  const out = new Map<string, { studies: number; sites: number }>();
  for (const s of studies)
    for (const [k, sites] of keys(s)) {
      const t = out.get(k) ?? { studies: 0, sites: 0 };
      t.studies += 1;
      t.sites += sites;
      out.set(k, t);
    }
  return out;
}

/**
 * Log of the site-weighted mean country multiplier ḡ: the "average site" the area rates refer to,
 * and its gradient (weights of each country effect in ḡ) for standard errors of contrasts.
 */
export function averageSite(
  model: FittedModel,
  studies: readonly BenchmarkStudy[],
): { log: number; weights: Map<string, number> } {
  const sitesBy = new Map<string, number>();
  for (const s of studies)
    for (const [iso2, count] of s.sites) sitesBy.set(iso2, (sitesBy.get(iso2) ?? 0) + count);
  let num = 0;
  for (const [iso2, count] of sitesBy) num += count * Math.exp(model.countryEffect[iso2] ?? 0);
  const den = [...sitesBy.values()].reduce((a, b) => a + b, 0);
  const weights = new Map(
    [...sitesBy]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([iso2, count]) => [`country:${iso2}`, (count * Math.exp(model.countryEffect[iso2] ?? 0)) / num]),
  );
  return { log: Math.log(num / den), weights };
}

/** Weights of a contrast: base ± the average site. */
function withAverage(base: [string, number][], avg: Map<string, number>, sign: 1 | -1): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, w] of avg) out.set(k, sign * w);
  for (const [k, w] of base) out.set(k, (out.get(k) ?? 0) + w);
  return out;
}

/**
 * benchmarks.json from the eligible studies and their total count in the extract: the fitted model,
 * base rates by area (phase 3, average site), phase factors, country multipliers (relative to the
 * average site) with 80% intervals and n, and the prior dispersion. Deterministic.
 */
export function deriveBenchmarks(
  eligible: readonly BenchmarkStudy[],
  studiesInExtract: number,
  model = fitRecruitmentModel(eligible),
) {
  const avg = averageSite(model, eligible);
  const gBar = avg.log;
  // Standard errors of identified contrasts (area + average site; country − average site): the
  // effects alone can shift against each other and have large, meaningless standard errors.
  const seAreaBase = (id: string) =>
    Math.sqrt(model.variance(withAverage([[`area:${id}`, 1]], avg.weights, 1)));
  const seMultiplier = (iso2: string) =>
    Math.sqrt(model.variance(withAverage([[`country:${iso2}`, 1]], avg.weights, -1)));
  const seRegion = (r: string) =>
    Math.sqrt(model.variance(withAverage([[`region:${r}`, 1]], avg.weights, -1)) + model.countryTau ** 2);
  const byArea = tally(eligible, (s) => [[s.area, s.totalSites]]);
  const byPhase = tally(eligible, (s) => [[s.phase, s.totalSites]]);
  const byCountry = tally(eligible, (s) => s.sites);
  const allIso = [...byCountry.keys()].sort();
  const studyShape = model.studyShape;
  const areas = BENCHMARK_AREAS.map((id) => {
    const t = byArea.get(id) ?? { studies: 0, sites: 0 };
    return {
      id,
      studies: t.studies,
      sites: t.sites,
      /** Mean patients/site/month of an average site in a phase 3 study, with its 80% interval. */
      baseRate: interval(model.areaEffect[id]! + gBar, seAreaBase(id)),
    };
  });
  const phases = BENCHMARK_PHASES.map((id) => ({
    id,
    studies: byPhase.get(id)?.studies ?? 0,
    factor: interval(model.phaseEffect[id], model.phaseSe[id]),
  }));
  const regions = [...new Set(allIso.map((c) => regionOf(c)!))].sort().map((region: Region) => ({
    region,
    multiplier: interval(model.regionEffect[region] - gBar, seRegion(region)),
  }));
  const countries = allIso.map((iso2) => {
    const t = byCountry.get(iso2)!;
    const region = regionOf(iso2)!;
    const fallback = t.studies < MIN_STUDIES_FOR_COUNTRY;
    const multiplier = fallback
      ? interval(model.regionEffect[region] - gBar, seRegion(region))
      : interval(model.countryEffect[iso2]! - gBar, seMultiplier(iso2));
    const confidence = fallback ? 'low' : t.studies >= 50 ? 'high' : t.studies >= 15 ? 'medium' : 'low';
    return { iso2, region, studies: t.studies, sites: t.sites, multiplier, confidence, fallback };
  });
  return {
    dataset: {
      ...DATASET,
      studiesInExtract,
      eligibleStudies: eligible.length,
      eligibility: ELIGIBILITY,
      enrollmentPeriod:
        'start → primary completion minus the primary follow-up parsed from primaryTimeFrame (capped at half the span), at least 1 month',
    },
    model: {
      name: MODEL_NAME,
      /** Study-level Gamma shape φ: between-study dispersion of the rate. */
      studyShape: sig(studyShape),
      /** Site-level Gamma shape α: between-site dispersion within a study (the default site prior shape). */
      siteShape: sig(model.siteShape),
      countryTau: sig(model.countryTau),
      logLik: sig(model.logLik, 8),
      averageSiteLogEffect: sig(gBar, 6),
      areaEffect: Object.fromEntries(BENCHMARK_AREAS.map((a) => [a, sig(model.areaEffect[a]!, 6)])),
      phaseEffect: Object.fromEntries(BENCHMARK_PHASES.map((p) => [p, sig(model.phaseEffect[p], 6)])),
      regionEffect: Object.fromEntries(Object.entries(model.regionEffect).map(([r, v]) => [r, sig(v, 6)])),
      countryEffect: Object.fromEntries(allIso.map((c) => [c, sig(model.countryEffect[c]!, 6)])),
    },
    /** Default site prior: Gamma shape α (CV 1/√α) between sites of one study. */
    priorDispersion: {
      siteShape: sig(model.siteShape),
      siteCv: sig(1 / Math.sqrt(model.siteShape)),
      studyShape: sig(studyShape),
      /** Median of the study factor Gamma(φ, φ): a typical study runs at this share of the mean rate. */
      medianStudyFactor: sig(gammaQuantile(0.5, studyShape, studyShape)),
    },
    areas,
    phases,
    regions,
    countries,
  };
}
export type Benchmarks = ReturnType<typeof deriveBenchmarks>;
