/**
 * One palette and style for every chart, so screens and reports look alike.
 *
 * Categorical colours: twelve that stay distinguishable for the common colour-vision deficiencies —
 * the Okabe–Ito set (Okabe & Ito 2008, "Color Universal Design") without its yellow and black,
 * completed with five of Paul Tol's "muted" and "dark" scheme colours (Tol 2021, SRON/EPS/TN/09-002).
 * A chart with more categories shows the first eleven and groups the rest as "others" in grey
 * (see {@link groupOthers}); black is kept for actual (observed) data.
 */
export const CHART_COLORS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#332288', // indigo (Tol)
  '#999933', // olive (Tol)
  '#882255', // wine (Tol)
  '#44AA99', // teal (Tol)
  '#DDCC77', // sand (Tol)
  '#661100', // dark brown (Tol)
] as const;
export const OTHERS_COLOR = '#BBBBBB';
export const OTHERS_LABEL = 'Others';
export const ACTUAL_COLOR = '#111111';
export const TARGET_COLOR = '#c2413b';
export const DEADLINE_COLOR = '#102a4c';

export const PHASE_COLORS = {
  approval: '#0072B2',
  gates: '#CC79A7',
  contract: '#E69F00',
  initiation: '#009E73',
} as const;

export const colorAt = (i: number): string => CHART_COLORS[i % CHART_COLORS.length] as string;

/** A category's colour: its own for the first twelve, grey for "others". */
export const categoryColor = (label: string, i: number): string =>
  label === OTHERS_LABEL ? OTHERS_COLOR : colorAt(i);

/**
 * Keeps the `limit` largest categories and sums the rest as "others", so no two categories on one
 * chart share a colour. `values` maps category → value (per series).
 */
export function groupOthers(
  values: Record<string, number>[],
  limit = CHART_COLORS.length - 1,
): { categories: string[]; values: Record<string, number>[] } {
  const totals = new Map<string, number>();
  for (const v of values)
    for (const [k, x] of Object.entries(v)) totals.set(k, (totals.get(k) ?? 0) + Math.abs(x));
  const ordered = [...totals].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  if (ordered.length <= limit + 1) return { categories: ordered, values };
  const kept = new Set(ordered.slice(0, limit));
  return {
    categories: [...ordered.slice(0, limit), OTHERS_LABEL],
    values: values.map((v) => {
      const out: Record<string, number> = {};
      let others = 0;
      for (const [k, x] of Object.entries(v)) {
        if (kept.has(k)) out[k] = x;
        else others += x;
      }
      if (others !== 0) out[OTHERS_LABEL] = others;
      return out;
    }),
  };
}
