import { addMonthsToDate } from '../../domain/dates';
import {
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  type CostDistribution,
  type CostPercentiles,
} from '../cost/index';
import type { CostScope } from './cost-scope';

/** A budget as screens, deck and CLI show it: one shape, so all three print the same numbers. */
export interface BudgetSummary {
  currency: string;
  total: CostPercentiles;
  perRandomisedPatient: number;
  scope: string;
  /** What the P10–P90 include, in one sentence (timing only, or timing and unit costs). */
  uncertainty: string;
  excludes: string[];
  categories: Array<CostPercentiles & { category: string; label: string }>;
  /** Quarters after the first submission: `from` inclusive, `to` exclusive (ISO dates). */
  quarters: Array<CostPercentiles & { quarter: number; from: string; to: string }>;
  /** Expected dates: last patient in, last visit (sites close), database lock. */
  timeline: { lastPatientIn: string; lastVisit: string; databaseLock: string };
}

/** The budget of an evaluated scenario; `submission` is the study's planned first submission. */
export function budgetSummary(
  cost: CostDistribution,
  scope: CostScope | undefined,
  submission: string,
): BudgetSummary {
  const at = (months: number) =>
    Number.isFinite(months) ? addMonthsToDate(submission, months) : 'not reached';
  return {
    currency: cost.currency,
    total: { expected: cost.expectedTotal, p10: cost.p10, p50: cost.p50, p90: cost.p90 },
    perRandomisedPatient: cost.expectedPerRandomisedPatient,
    scope: scope?.summary ?? 'Scope not stated.',
    uncertainty: uncertaintySentence(cost),
    excludes: scope?.excludes ?? [],
    categories: COST_CATEGORIES.map((category) => ({
      category,
      label: COST_CATEGORY_LABELS[category],
      ...cost.byCategoryPercentiles[category],
    })),
    quarters: cost.byQuarter.map((q) => ({
      quarter: q.quarter,
      from: addMonthsToDate(submission, q.startMonth),
      to: addMonthsToDate(submission, q.endMonth),
      expected: q.expected,
      p10: q.p10,
      p50: q.p50,
      p90: q.p90,
    })),
    timeline: {
      lastPatientIn: at(cost.timeline.lpiMonths),
      lastVisit: at(cost.timeline.lastVisitMonths),
      databaseLock: at(cost.timeline.dbLockMonths),
    },
  };
}

/** One line on what the budget's P10–P90 include (docs/cost-model.md, "Unit-cost uncertainty"). */
export function uncertaintySentence(cost: CostDistribution): string {
  return cost.uncertainty === 'timing-and-unit-costs'
    ? 'P10–P90 include timing and unit costs (each unit cost drawn around its value, wider for proxies and unsourced inputs than for published or statutory figures).'
    : 'P10–P90 reflect timing only (unit costs at their point values).';
}
