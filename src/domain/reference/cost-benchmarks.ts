import { z } from 'zod';
import costBenchmarksJson from '../../../data/reference/cost-benchmarks.json';
import { sourcedRange, sourcedValue, type SourcedRange } from './provenance';

/**
 * Whole-trial cost benchmarks (data/reference/cost-benchmarks.json): per-patient and per-month
 * defaults by therapeutic area and phase, each in USD of a stated price year, and the US CPI-U
 * series used to bring them to one target year. No cost figure lives in code: the cost model
 * reads these (docs/cost-model.md).
 */

const usdRange = sourcedRange('USD');
const benchmarkSchema = z.object({
  area: z.string().min(1),
  phase: z.string().min(1),
  usSitePaymentPerPatient: usdRange,
  centralLabImagingPerPatient: usdRange,
  ipSupplyPerPatient: usdRange,
  dataManagementBiostatsPerMonth: usdRange,
  insurancePerPatient: usdRange,
  followUpMonthsAfterLpi: sourcedRange('months'),
});

export const costBenchmarksFileSchema = z.object({
  priceIndex: z.object({
    id: z.string(),
    name: z.string(),
    targetYear: sourcedValue('year'),
    values: z.array(sourcedValue('index').and(z.object({ year: z.number().int() }))).min(1),
  }),
  perPatientVisitSplit: z.object({
    screening: sourcedValue('fraction'),
    treatment: sourcedValue('fraction'),
    followUp: sourcedValue('fraction'),
  }),
  dbLockMonthsAfterLastVisit: sourcedRange('months'),
  benchmarks: z.array(benchmarkSchema).min(1),
  perPatientRangeCheck: usdRange,
});
export type CostBenchmarksFile = z.infer<typeof costBenchmarksFileSchema>;
type BenchmarkRow = z.infer<typeof benchmarkSchema>;

/** The bundled file, checked against its schema by tests/unit/domain/reference/bundled-files.test.ts (not at start-up). */
export const costBenchmarksData: CostBenchmarksFile = costBenchmarksJson as CostBenchmarksFile;

/** A money default after inflation: {min, mode, max} in target-year USD, with where it came from. */
export interface InflatedUsd {
  min: number;
  mode: number;
  max: number;
  /** The price year of the source figure and the factor applied (CPI target ÷ CPI price year). */
  priceYear: number;
  factor: number;
  source: string;
  confidence: string;
  /** Kind of evidence (confidence rule): the row's own, or `proxy` when another row stands in. */
  evidence: string;
  unsourced: boolean;
  /** True when no row matched the study's area and phase and the all-area phase-3 row was used. */
  proxy: boolean;
}

/** CPI value of a year, or undefined when the series does not hold it. */
export function cpiOf(year: number, file: CostBenchmarksFile = costBenchmarksData): number | undefined {
  return file.priceIndex.values.find((v) => v.year === year)?.value;
}

/** Inflates an amount from `priceYear` USD to the file's target year (throws if a year is missing). */
export function inflationFactor(priceYear: number, file: CostBenchmarksFile = costBenchmarksData): number {
  const target = file.priceIndex.targetYear.value;
  const from = cpiOf(priceYear, file);
  const to = cpiOf(target, file);
  if (from === undefined || to === undefined) {
    throw new Error(`cost-benchmarks.json: no CPI value for ${from === undefined ? priceYear : target}`);
  }
  return to / from;
}

function inflate(r: SourcedRange, proxy: boolean, file: CostBenchmarksFile): InflatedUsd {
  const priceYear = r.priceYear ?? file.priceIndex.targetYear.value;
  const factor = inflationFactor(priceYear, file);
  return {
    min: r.min * factor,
    mode: r.mode * factor,
    max: r.max * factor,
    priceYear,
    factor,
    source: r.source,
    confidence: proxy ? 'low' : r.confidence,
    evidence: proxy ? 'proxy' : (r.evidence ?? (r.unsourced === true ? 'none' : 'single')),
    unsourced: r.unsourced === true,
    proxy,
  };
}

/** Phases 2/3 and 4 use the phase-3 rows; 1 and 1/2 the phase-1 rows; 2 the phase-2 rows. */
function phaseGroup(phase: string): string {
  if (phase === '2/3' || phase === '4') return '3';
  if (phase === '1/2') return '1';
  return phase;
}

/** Whole-trial cost defaults of one study, in target-year USD (see docs/cost-model.md). */
export interface StudyCostDefaults {
  targetYear: number;
  indexName: string;
  usSitePaymentPerPatient: InflatedUsd;
  centralLabImagingPerPatient: InflatedUsd;
  ipSupplyPerPatient: InflatedUsd;
  dataManagementBiostatsPerMonth: InflatedUsd;
  insurancePerPatient: InflatedUsd;
  /** Months (not money): last patient in → last patient's last visit. */
  followUpMonthsAfterLpi: { min: number; mode: number; max: number; proxy: boolean };
  dbLockMonthsAfterLastVisit: { min: number; mode: number; max: number };
  /** Shares of the site payment for screening, treatment and follow-up visits (sum 1). */
  visitSplit: { screening: number; treatment: number; followUp: number };
  /** Which row was used: `${area} phase ${phase}`, or the all-area phase-3 row as a proxy. */
  row: string;
  proxy: boolean;
}

/**
 * The defaults for a therapeutic area and phase. The row for that area and phase group is used when
 * it exists; otherwise the all-area phase-3 row, marked `proxy` (a figure from another scope).
 */
export function studyCostDefaults(
  area: string,
  phase: string,
  file: CostBenchmarksFile = costBenchmarksData,
): StudyCostDefaults {
  const group = phaseGroup(phase);
  const exact = file.benchmarks.find((b) => b.area === area && b.phase === group);
  const fallback = file.benchmarks.find((b) => b.area === 'all' && b.phase === '3') ?? file.benchmarks[0]!;
  const row: BenchmarkRow = exact ?? fallback;
  const proxy = exact === undefined;
  const split = file.perPatientVisitSplit;
  const sum = split.screening.value + split.treatment.value + split.followUp.value;
  return {
    targetYear: file.priceIndex.targetYear.value,
    indexName: file.priceIndex.name,
    usSitePaymentPerPatient: inflate(row.usSitePaymentPerPatient, proxy, file),
    centralLabImagingPerPatient: inflate(row.centralLabImagingPerPatient, proxy, file),
    ipSupplyPerPatient: inflate(row.ipSupplyPerPatient, proxy, file),
    dataManagementBiostatsPerMonth: inflate(row.dataManagementBiostatsPerMonth, proxy, file),
    insurancePerPatient: inflate(row.insurancePerPatient, proxy, file),
    followUpMonthsAfterLpi: { ...pick(row.followUpMonthsAfterLpi), proxy },
    dbLockMonthsAfterLastVisit: pick(file.dbLockMonthsAfterLastVisit),
    visitSplit: {
      screening: split.screening.value / sum,
      treatment: split.treatment.value / sum,
      followUp: split.followUp.value / sum,
    },
    row: `${row.area} phase ${row.phase}`,
    proxy,
  };
}

function pick(r: SourcedRange): { min: number; mode: number; max: number } {
  return { min: r.min, mode: r.mode, max: r.max };
}
