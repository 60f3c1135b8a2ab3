import type { ComparedScenario } from '../evaluation/compare';

/** The milestone a card and the recommendation lead with, and its P10/P50/P90 in months from first submission. */
export interface HeadlineMilestone {
  /** Short name in sentences ("LPI"; "topline" once the engine forecasts it). */
  short: string;
  /** Long name on cards ("Last patient in"). */
  long: string;
  p10: number;
  p50: number;
  p90: number;
}

/**
 * Last patient in today. When the evaluation carries a topline (readout) milestone (issue 19),
 * return that here instead: every card and sentence on the Overview follows.
 */
export function headlineMilestone(c: ComparedScenario): HeadlineMilestone {
  const t = c.evaluation.forecast.timeToTarget;
  return { short: 'LPI', long: 'Last patient in', p10: t.p10, p50: t.p50, p90: t.p90 };
}
