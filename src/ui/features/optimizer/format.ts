/** 9_874_008 → "USD 9.87M"; 488_615 → "USD 489k". */
export function usd(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1e6) return `USD ${(x / 1e6).toFixed(2)}M`;
  return `USD ${Math.round(x / 1e3).toLocaleString('en-US')}k`;
}

export const prob = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));

export const months = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(1)} months`);

/** "US 12, JP 4" from a mix, zero counts left out. */
export const mixSummary = (sites: Record<string, number>) =>
  Object.entries(sites)
    .filter(([, n]) => n > 0)
    .map(([iso2, n]) => `${iso2} ${n}`)
    .join(', ');
