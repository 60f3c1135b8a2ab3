import {
  formatDateAfterMonths,
  formatInteger,
  formatMoney,
  formatPercent,
  formatShare,
  formatSignedMoney,
  formatSignedMonths,
  formatSignedPoints,
} from '../../../domain/format';
import type { ComparedScenario } from '../../../engine/evaluation/compare';

/** Which direction is good for a measure: earlier dates and lower cost are better; a higher probability is better. */
export type Better = 'lower' | 'higher' | 'neither';

export interface MeasureRow {
  key: string;
  label: string;
  value: (c: ComparedScenario) => number;
  show: (v: number) => string;
  delta?: (d: number) => string;
  better: Better;
}

export type DeltaTone = 'better' | 'worse' | 'same';

/** Whether a difference from the baseline is an improvement for this measure (not whether it is positive). */
export function deltaTone(delta: number, better: Better, tolerance = 1e-9): DeltaTone {
  if (!Number.isFinite(delta) || better === 'neither' || Math.abs(delta) <= tolerance) return 'same';
  return delta < 0 === (better === 'lower') ? 'better' : 'worse';
}

/** The measures of the comparison table, each with its formatting and its good direction. */
export function measureRows(submission: string, currency: string): MeasureRow[] {
  const date = (v: number) => formatDateAfterMonths(submission, v);
  const money = (v: number) => formatMoney(v, currency);
  const signedMoney = (d: number) => formatSignedMoney(d, currency);
  return [
    {
      key: 'lpi-p50',
      label: 'Last patient in, P50',
      value: (c) => c.evaluation.forecast.timeToTarget.p50,
      show: date,
      delta: formatSignedMonths,
      better: 'lower',
    },
    {
      key: 'lpi-p90',
      label: 'Last patient in, P90',
      value: (c) => c.evaluation.forecast.timeToTarget.p90,
      show: date,
      delta: formatSignedMonths,
      better: 'lower',
    },
    {
      key: 'p-deadline',
      label: 'P(target by deadline)',
      value: (c) => c.evaluation.forecast.pReachByDeadline,
      show: formatPercent,
      delta: formatSignedPoints,
      better: 'higher',
    },
    {
      key: 'fsa',
      label: 'First site activated, P50',
      value: (c) => c.evaluation.firstSiteActivated.p50,
      show: date,
      delta: formatSignedMonths,
      better: 'lower',
    },
    {
      key: 'fpi',
      label: 'First patient in, P50',
      value: (c) => c.evaluation.firstPatientIn?.p50 ?? Number.NaN,
      show: date,
      delta: formatSignedMonths,
      better: 'lower',
    },
    {
      key: 'cost',
      label: 'Expected cost',
      value: (c) => c.evaluation.cost?.expectedTotal ?? Number.NaN,
      show: money,
      delta: signedMoney,
      better: 'lower',
    },
    {
      key: 'cost-p10',
      label: 'Cost P10',
      value: (c) => c.evaluation.cost?.p10 ?? Number.NaN,
      show: money,
      delta: signedMoney,
      better: 'lower',
    },
    {
      key: 'cost-p90',
      label: 'Cost P90',
      value: (c) => c.evaluation.cost?.p90 ?? Number.NaN,
      show: money,
      delta: signedMoney,
      better: 'lower',
    },
    {
      key: 'cost-per-patient',
      label: 'Cost per randomised patient',
      value: (c) => c.evaluation.cost?.expectedPerRandomisedPatient ?? Number.NaN,
      show: money,
      delta: signedMoney,
      better: 'lower',
    },
    {
      key: 'sites',
      label: 'Sites',
      value: (c) => c.evaluation.siteCount,
      show: formatInteger,
      delta: (d) => (d === 0 ? '±0' : `${d > 0 ? '+' : '\u2212'}${formatInteger(Math.abs(d))}`),
      better: 'neither',
    },
    {
      key: 'top-decile',
      label: 'Enrollment from top 10% of sites',
      value: (c) => c.evaluation.concentration?.topDecileShare ?? Number.NaN,
      show: formatShare,
      delta: formatSignedPoints,
      better: 'lower',
    },
  ];
}

/** Every filing market named by any compared scenario, in first-seen order. */
export function filingMarkets(
  compared: ComparedScenario[],
): { id: string; label: string; requiredShare: number; basis: string }[] {
  const seen = new Map<string, { id: string; label: string; requiredShare: number; basis: string }>();
  for (const c of compared)
    for (const m of c.markets.markets)
      if (!seen.has(m.id))
        seen.set(m.id, { id: m.id, label: m.label, requiredShare: m.requiredShare, basis: m.basis });
  return [...seen.values()];
}

export const STATUS_TEXT = { met: 'met', 'at-risk': 'at risk', 'not-met': 'not met' } as const;

/**
 * What the cost figures cover, stated wherever costs are compared: the engine's own scope line for
 * the baseline (whole trial to database lock, unknown fees named), never a list kept here.
 */
export function costScopeLine(baseline: ComparedScenario | undefined, currency: string): string {
  const summary = baseline?.evaluation.costScope?.summary;
  return summary
    ? `Cost scope: ${summary} Amounts in ${currency}.`
    : 'Cost scope: the cost model is not part of this evaluation.';
}
