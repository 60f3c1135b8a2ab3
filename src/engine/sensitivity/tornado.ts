/**
 * One-at-a-time sensitivity ("tornado"): each parameter is moved to the low and then the high end
 * of its stated range with every other parameter at its base value, and each metric's swing
 * |metric(high) − metric(low)| ranks the parameters. It ignores interactions and non-monotone
 * effects inside a range (the bars show the metric at the ends only) — the usual and documented
 * limit of a tornado chart. Deterministic when the evaluator is (pass the analytic forecast, not
 * a Monte Carlo with a moving seed).
 */

/** A parameter with its plausible range (e.g. min and max of a reference range). */
export interface SensitivityParameter {
  id: string;
  label: string;
  low: number;
  high: number;
  unit: string;
  source?: string;
}

/** Named results of one evaluation, e.g. { lpiP50: 27.3, expectedCost: 41.2e6 }. */
export type Metrics = Record<string, number>;

export interface TornadoBar {
  parameterId: string;
  label: string;
  unit: string;
  source?: string;
  low: number;
  high: number;
  metricAtLow: number;
  metricAtHigh: number;
  /** metric(low) − metric(base), metric(high) − metric(base). */
  deltaLow: number;
  deltaHigh: number;
  /** |metric(high) − metric(low)|; 0 when both are equal (also both infinite); NaN sorts last. */
  swing: number;
}

export interface TornadoResult {
  baseMetrics: Metrics;
  metrics: string[];
  /** Per metric, bars sorted by swing, largest first (ties keep parameter order). */
  bars: Record<string, TornadoBar[]>;
  /** Calls made to the evaluator: 1 + 2 × parameters. */
  evaluations: number;
}

export interface TornadoOptions<P> {
  /** Metrics to chart; default every metric of the base evaluation. */
  metrics?: string[];
  /** Returns a copy of `base` with parameter `id` set to `value`; default shallow `{ ...base, [id]: value }`. */
  set?: (base: P, id: string, value: number) => P;
}

function swingOf(a: number, b: number): number {
  return a === b ? 0 : Math.abs(b - a);
}

/**
 * Runs the one-at-a-time sensitivity.
 *
 * @param base the base parameter set (each parameter id a key of it, unless `options.set` is given).
 * @param parameters the parameters to move, each with its low and high value and unit.
 * @param evaluate pure, deterministic evaluation returning named metrics.
 * @throws RangeError when a parameter id is not in `base` (default setter) or ids repeat.
 */
export function tornado<P extends object>(
  base: P,
  parameters: SensitivityParameter[],
  evaluate: (params: P) => Metrics,
  options: TornadoOptions<P> = {},
): TornadoResult {
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.id)) throw new RangeError(`tornado: parameter "${p.id}" appears twice`);
    seen.add(p.id);
    if (!options.set && !(p.id in base))
      throw new RangeError(`tornado: parameter "${p.id}" is not a key of the base parameters`);
  }
  const set = options.set ?? ((b: P, id: string, value: number) => ({ ...b, [id]: value }) as P);
  const baseMetrics = evaluate(base);
  const metrics = options.metrics ?? Object.keys(baseMetrics);
  const ends = parameters.map((p) => ({
    lo: evaluate(set(base, p.id, p.low)),
    hi: evaluate(set(base, p.id, p.high)),
  }));
  const bars: Record<string, TornadoBar[]> = {};
  for (const m of metrics) {
    const b0 = baseMetrics[m] ?? NaN;
    const list = parameters.map((p, i): TornadoBar & { order: number } => {
      const lo = ends[i]!.lo[m] ?? NaN;
      const hi = ends[i]!.hi[m] ?? NaN;
      return {
        parameterId: p.id,
        label: p.label,
        unit: p.unit,
        ...(p.source === undefined ? {} : { source: p.source }),
        low: p.low,
        high: p.high,
        metricAtLow: lo,
        metricAtHigh: hi,
        deltaLow: lo - b0,
        deltaHigh: hi - b0,
        swing: swingOf(lo, hi),
        order: i,
      };
    });
    list.sort((a, b) => {
      const an = Number.isNaN(a.swing),
        bn = Number.isNaN(b.swing);
      if (an !== bn) return an ? 1 : -1;
      return (an ? 0 : b.swing - a.swing || 0) || a.order - b.order;
    });
    bars[m] = list.map(({ order: _order, ...bar }) => bar);
  }
  return { baseMetrics, metrics, bars, evaluations: 1 + 2 * parameters.length };
}
