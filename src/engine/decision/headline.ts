import type { ScenarioEvaluation } from '../evaluation/evaluate';

/** The milestone a card and the recommendation lead with, and its P10/P50/P90 in months from first submission. */
export interface HeadlineMilestone {
  id: 'topline' | 'lastPatientIn';
  /** Short name in sentences ("topline", "LPI"). */
  short: string;
  /** Long name on cards ("Topline results", "Last patient in"). */
  long: string;
  p10: number;
  p50: number;
  p90: number;
}

/**
 * What a sponsor decides on. In an event-driven study the readout comes from the required events,
 * not from the last patient in: a plan that enrolls faster but in slower-progressing patients can
 * read out later (ICH E9 §3.5: the primary analysis is driven by the number of events). So an
 * event-driven study leads with the topline date (issue 19's milestone, from each run's events);
 * an enrollment-driven study, or an evaluation without milestones, with last patient in.
 */
export function headlineMilestone(c: {
  evaluation: Pick<ScenarioEvaluation, 'forecast' | 'milestones'>;
}): HeadlineMilestone {
  const m = c.evaluation.milestones;
  const topline = m?.kind === 'events' ? m.milestones.find((x) => x.id === 'topline') : undefined;
  if (topline) {
    const t = topline.months;
    return { id: 'topline', short: 'topline', long: topline.label, p10: t.p10, p50: t.p50, p90: t.p90 };
  }
  const t = c.evaluation.forecast.timeToTarget;
  return { id: 'lastPatientIn', short: 'LPI', long: 'Last patient in', p10: t.p10, p50: t.p50, p90: t.p90 };
}
