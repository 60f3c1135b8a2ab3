import { COST_CATEGORY_LABELS as ENGINE_LABELS } from '../../engine/cost/labels';
/**
 * Reads the cost part of a scenario evaluation, whatever its exact shape: the engine's
 * CostDistribution (`expectedTotal`, `p10`, `p90`, `expectedByCountry`, `expectedByCategory`) or a
 * plainer `{expected, p10, p90, byCountry, byCategory}`. Returns undefined when the evaluation has
 * no usable cost, so reports show "cost not available" rather than zeros.
 */

export interface CostSummary {
  currency: string;
  expected: number;
  p10: number;
  p50: number | undefined;
  p90: number;
  byCountry: { iso2: string; amount: number }[];
  byCategory: { category: string; label: string; amount: number }[];
  /** What the budget covers and leaves out, one line (ScenarioEvaluation.costScope.summary). */
  scope: string | undefined;
}

/** Readable names of the cost model's categories (one list, src/engine/cost/labels.ts). */
export const COST_CATEGORY_LABELS: Record<string, string> = ENGINE_LABELS;

const num = (v: unknown): number | undefined => (typeof v === 'number' && !Number.isNaN(v) ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function amounts(v: unknown): [string, number][] {
  if (!isRecord(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const direct = num(x);
    if (direct !== undefined) return [[k, direct] as [string, number]];
    // CostBreakdown-style {total, byCategory}
    const total = isRecord(x) ? num(x.total) : undefined;
    return total !== undefined ? [[k, total] as [string, number]] : [];
  });
}

export function readCostSummary(evaluation: unknown, fallbackCurrency: string): CostSummary | undefined {
  if (!isRecord(evaluation) || !isRecord(evaluation.cost)) return undefined;
  const c = evaluation.cost;
  const expected = num(c.expectedTotal) ?? num(c.expected) ?? num(c.total) ?? num(c.mean);
  if (expected === undefined) return undefined;
  const p10 = num(c.p10) ?? expected;
  const p90 = num(c.p90) ?? expected;
  return {
    currency: typeof c.currency === 'string' ? c.currency : fallbackCurrency,
    expected,
    p10,
    p50: num(c.p50),
    p90,
    byCountry: amounts(c.expectedByCountry ?? c.byCountry)
      .map(([iso2, amount]) => ({ iso2, amount }))
      .sort((a, b) => b.amount - a.amount),
    byCategory: amounts(c.expectedByCategory ?? c.byCategory)
      .filter(([, amount]) => amount !== 0)
      .map(([category, amount]) => ({ category, label: COST_CATEGORY_LABELS[category] ?? category, amount })),
    scope:
      isRecord(evaluation.costScope) && typeof evaluation.costScope.summary === 'string'
        ? evaluation.costScope.summary
        : undefined,
  };
}
