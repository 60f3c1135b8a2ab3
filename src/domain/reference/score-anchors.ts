import { z } from 'zod';
import anchorsJson from '../../../data/reference/score-anchors.json';
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

export const scoreAnchors: ScoreAnchors = scoreAnchorsSchema.parse(anchorsJson);
