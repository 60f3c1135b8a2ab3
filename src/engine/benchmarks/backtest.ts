import type { BenchmarkStudy } from './eligibility';
import { foldOf } from './eligibility';
import { fitRecruitmentModel, type FittedModel } from './fit';
import { enrollmentTimeCdf, enrollmentTimeQuantile, studyRateDistribution } from './predict';

/** One forecast compared with what happened. */
export interface BacktestRecord {
  nct: string;
  phase: string;
  area: string;
  /** P(T ≤ actual) under the forecast. */
  pit: number;
  p10: number;
  p50: number;
  p90: number;
  actualMonths: number;
}

/** Calibration summary of a set of forecasts (the `mrct backtest` contract). */
export interface CalibrationSummary {
  eligible: number;
  /** Share of actual enrollment periods inside the forecast P10–P90. */
  coverage80: number;
  /** Share of PIT values in each tenth [0, 0.1), …, [0.9, 1]. Uniform = 0.1 each. */
  pit: number[];
  /** Median |ln(forecast P50 / actual)|. */
  medianAbsLogRatio: number;
}

/** Forecast a study's enrollment period with a model, before it starts; compare with the actual. */
export function forecastStudy(model: FittedModel, study: BenchmarkStudy): BacktestRecord {
  const rate = studyRateDistribution(model, study);
  const n = study.enrollment;
  return {
    nct: study.nct,
    phase: study.phase,
    area: study.area,
    pit: enrollmentTimeCdf(study.months, n, rate),
    p10: enrollmentTimeQuantile(0.1, n, rate),
    p50: enrollmentTimeQuantile(0.5, n, rate),
    p90: enrollmentTimeQuantile(0.9, n, rate),
    actualMonths: study.months,
  };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** Coverage, PIT histogram and median |log ratio| of forecast records. */
export function summarise(records: readonly BacktestRecord[]): CalibrationSummary {
  const bins = new Array<number>(10).fill(0);
  let inside = 0;
  const logRatios: number[] = [];
  for (const r of records) {
    bins[Math.min(9, Math.floor(r.pit * 10))]! += 1;
    if (r.actualMonths >= r.p10 && r.actualMonths <= r.p90) inside++;
    logRatios.push(Math.abs(Math.log(r.p50 / r.actualMonths)));
  }
  logRatios.sort((a, b) => a - b);
  const n = records.length;
  const mid = Math.floor(n / 2);
  const median = n === 0 ? NaN : n % 2 ? logRatios[mid]! : (logRatios[mid - 1]! + logRatios[mid]!) / 2;
  return {
    eligible: n,
    coverage80: n === 0 ? NaN : round(inside / n),
    pit: bins.map((b) => (n === 0 ? NaN : round(b / n))),
    medianAbsLogRatio: round(median),
  };
}

/** Summaries overall and grouped by a key. */
export function summariseBy(
  records: readonly BacktestRecord[],
  key: (r: BacktestRecord) => string,
): Record<string, CalibrationSummary> {
  const groups = new Map<string, BacktestRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = groups.get(k) ?? [];
    list.push(r);
    groups.set(k, list);
  }
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, summarise(groups.get(k)!)]));
}

/**
 * K-fold back-test: each study is forecast by a model fitted without its fold (folds by a hash of
 * the NCT id, so the split is fixed). Fold fits start from `full` when given (same optimum, fewer
 * rounds).
 */
export function kFoldRecords(
  studies: readonly BenchmarkStudy[],
  k: number,
  full?: FittedModel,
): BacktestRecord[] {
  const byFold = studies.map((s) => foldOf(s.nct, k));
  const records: BacktestRecord[] = [];
  for (let f = 0; f < k; f++) {
    const train = studies.filter((_, i) => byFold[i] !== f);
    const model = fitRecruitmentModel(train, full ? { warmStart: full } : {});
    studies.forEach((s, i) => {
      if (byFold[i] === f) records.push(forecastStudy(model, s));
    });
  }
  return records;
}

/** Forecast studies with a fold model when the study was in training data, else with `full`. */
export function recordsForFile(
  studies: readonly BenchmarkStudy[],
  training: readonly BenchmarkStudy[],
  k: number,
  full: FittedModel,
): BacktestRecord[] {
  const trainingNct = new Set(training.map((s) => s.nct));
  const folds = new Map<number, FittedModel>();
  const foldModel = (f: number) => {
    let m = folds.get(f);
    if (!m) {
      m = fitRecruitmentModel(
        training.filter((s) => foldOf(s.nct, k) !== f),
        { warmStart: full },
      );
      folds.set(f, m);
    }
    return m;
  };
  return studies.map((s) => forecastStudy(trainingNct.has(s.nct) ? foldModel(foldOf(s.nct, k)) : full, s));
}
