/** Countries shown by name in the cost chart; the rest are summed as one "Other countries" band. */
export const CHART_COUNTRIES = 12;
export const OTHER_COUNTRIES = 'Other countries';

/**
 * Keeps the `limit` countries with the largest expected cost summed over the scenarios and sums
 * the rest into one band. A stacked chart of 60 country series is unreadable (60 legend entries,
 * slivers too thin to see or hover).
 */
export function topCountries(byCountry: Record<string, number>[], limit = CHART_COUNTRIES): Record<string, number>[] {
  const totals = new Map<string, number>();
  for (const costs of byCountry) for (const [iso2, v] of Object.entries(costs)) totals.set(iso2, (totals.get(iso2) ?? 0) + v);
  if (totals.size <= limit + 1) return byCountry;
  const kept = new Set([...totals].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([iso2]) => iso2));
  return byCountry.map((costs) => {
    const out: Record<string, number> = {};
    let other = 0;
    for (const [iso2, v] of Object.entries(costs)) {
      if (kept.has(iso2)) out[iso2] = v;
      else other += v;
    }
    if (other > 0) out[OTHER_COUNTRIES] = other;
    return out;
  });
}
