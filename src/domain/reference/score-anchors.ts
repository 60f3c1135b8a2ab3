import { z } from 'zod';
import anchorsJson from '../../../data/reference/score-anchors.json';
import { costBenchmarksData, inflationFactor } from './cost-benchmarks';
import { sourcedValue } from './provenance';

/**
 * Reference anchors of the scenario scores (docs/scores.md). Kept in data, not code, so that a
 * better benchmark (e.g. from the whole-trial cost model) re-anchors the cost score without a
 * code change.
 */
export const scoreAnchorsSchema = z
  .object({
    /** Benchmark whole-trial cost per randomised patient: the cost score is 50 here. */
    perPatientWholeTrialCostUsd: sourcedValue('USD per randomised patient'),
  })
  .strict();
export type ScoreAnchors = z.infer<typeof scoreAnchorsSchema>;

/** The bundled file, checked against its schema by tests/unit/domain/reference/bundled-files.test.ts (not at start-up). */
export const scoreAnchors: ScoreAnchors = anchorsJson as ScoreAnchors;

/**
 * The cost-score anchor in the cost model's USD year (issue #20): the benchmark is a 2017-USD
 * figure, the scenario cost is in target-year USD (docs/cost-model.md: US CPI-U), so the anchor
 * is inflated with the same index and factor — US$41,413 × CPI(2024)/CPI(2017) ≈ US$52,998.
 */
export function perPatientBenchmarkInCostYear(anchors: ScoreAnchors = scoreAnchors): {
  value: number;
  source: string;
} {
  const a = anchors.perPatientWholeTrialCostUsd;
  const priceYear = Number(a.asOf);
  const factor = Number.isInteger(priceYear) ? inflationFactor(priceYear) : 1;
  const target = costBenchmarksData.priceIndex.targetYear.value;
  return {
    value: a.value * factor,
    source: `${a.source}; US$${Math.round(a.value).toLocaleString('en-US')} in ${a.asOf} USD × US CPI-U ${target}/${a.asOf} (${factor.toFixed(2)}) = US$${Math.round(a.value * factor).toLocaleString('en-US')} in ${target} USD`,
  };
}
