import type { ReferenceData } from './load';

type Q = { p10: number; p50: number; p90: number };
/** The parts of data/reference/benchmarks.json that become defaults (structural type). */
export interface BenchmarkDefaultsSource {
  dataset: { name: string; eligibleStudies: number };
  areas: { id: string; studies: number; sites: number; baseRate: Q }[];
  phases: { id: string; studies: number; factor: Q }[];
  countries: {
    iso2: string;
    region: string;
    studies: number;
    sites: number;
    multiplier: Q;
    confidence: string;
    fallback: boolean;
  }[];
  priorDispersion: { siteShape: number; siteCv: number; studyShape: number; medianStudyFactor: number };
}

const AS_OF = '2016-04';
const MODEL = 'NB model';
const r3 = (x: number) => Number(x.toPrecision(3));
const confidenceOf = (c: string): 'high' | 'medium' | 'low' => (c === 'high' || c === 'medium' ? c : 'low');

/**
 * The reference data with its recruitment defaults taken from the ClinicalTrials.gov benchmarks
 * (docs/benchmarks.md): each area's base rate (a typical phase 3 study's patients/site/month at an
 * average site: fitted mean × median study factor, with the 80% interval of the estimate) and each
 * country's recruitment multiplier (relative to the average site), each with provenance naming the
 * dataset, the model and n. A country with too few studies shows its region's multiplier, low
 * confidence, and says so. Countries or areas the benchmark lacks keep their old, marked values.
 * Area-specific multipliers from single programmes (byArea) are dropped where the benchmark has
 * the country: the benchmark's country effect applies to every area.
 */
export function applyBenchmarkDefaults(data: ReferenceData, b: BenchmarkDefaultsSource): ReferenceData {
  const typical = b.priorDispersion.medianStudyFactor;
  const areas = data.therapeuticAreas.areas.map((area) => {
    const bench = b.areas.find((x) => x.id === area.id);
    if (!bench || bench.studies === 0) return area;
    return {
      ...area,
      baseRatePerSiteMonth: {
        min: r3(bench.baseRate.p10 * typical),
        mode: r3(bench.baseRate.p50 * typical),
        max: r3(bench.baseRate.p90 * typical),
        unit: 'patients/site/month' as const,
        source: `${b.dataset.name}, ${bench.studies} industry phase 2–3 ${area.name.toLowerCase()} studies (${bench.sites} sites), ${MODEL}`,
        asOf: AS_OF,
        confidence:
          bench.studies >= 100
            ? ('high' as const)
            : bench.studies >= 30
              ? ('medium' as const)
              : ('low' as const),
        note: `Typical (median) phase 3 study at an average site; range = 80% interval of the estimate. Studies themselves vary far more (between-study Gamma shape ${b.priorDispersion.studyShape}). Data: completed studies with results, 2004–2012, US-heavy.`,
      },
    };
  });
  const countries = data.countries.map((c) => {
    const bench = b.countries.find((x) => x.iso2 === c.iso2);
    if (!bench) {
      const region = b.countries.find((x) => x.region === c.region && x.fallback);
      if (!region) return c;
      return withMultiplier(
        c,
        region.multiplier,
        `${b.dataset.name}: no study with sites in ${c.name}; ${c.region} regional multiplier, ${MODEL}`,
        'low',
        'No data for this country: falls back to its region.',
      );
    }
    const source = bench.fallback
      ? `${b.dataset.name}: only ${bench.studies} studies with sites in ${c.name}; ${c.region} regional multiplier, ${MODEL}`
      : `${b.dataset.name}, ${bench.studies} industry phase 2–3 studies with ${bench.sites} sites in ${c.name}, ${MODEL}`;
    const note = bench.fallback
      ? 'Too little data for a country estimate: falls back to its region (low confidence).'
      : `Relative to the average listed site; shrunk towards ${c.region}. 80% interval of the estimate.`;
    return withMultiplier(c, bench.multiplier, source, confidenceOf(bench.confidence), note);
  });
  return { ...data, therapeuticAreas: { ...data.therapeuticAreas, areas }, countries };
}

function withMultiplier<C extends ReferenceData['countries'][number]>(
  c: C,
  m: Q,
  source: string,
  confidence: 'high' | 'medium' | 'low',
  note: string,
): C {
  return {
    ...c,
    recruitment: {
      ...c.recruitment,
      overallMultiplier: {
        min: r3(m.p10),
        mode: r3(m.p50),
        max: r3(m.p90),
        unit: 'multiplier' as const,
        source,
        asOf: AS_OF,
        confidence,
        note,
      },
      byArea: {},
    },
  };
}

/**
 * Phase factor on the phase 3 base rate for the planned phase: fitted for 2, 2/3 and 3; phases
 * the benchmark has no data for (1, 1/2, 4) get 1 and say so.
 */
export function benchmarkPhaseFactor(
  b: BenchmarkDefaultsSource,
  phase: string,
): { factor: number; basis: string } {
  const p = b.phases.find((x) => x.id === phase);
  if (!p) return { factor: 1, basis: `no benchmark for phase ${phase}: phase 3 rate` };
  return {
    factor: p.factor.p50,
    basis: `phase ${phase} factor ${p.factor.p50.toFixed(2)} (${p.studies} studies)`,
  };
}
