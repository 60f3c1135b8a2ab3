/** Number formats for the plain-words summaries of the scores (engine-side: no UI imports). */

export const pct = (p: number): string => (Number.isFinite(p) ? `${Math.round(p * 100)}%` : 'unknown');

export const months = (m: number): string => (Number.isFinite(m) ? `${m.toFixed(1)} months` : 'never');

export const points = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '0');

export function money(x: number, currency: string): string {
  if (!Number.isFinite(x)) return 'unknown';
  return `${currency} ${Math.round(x).toLocaleString('en-US')}`;
}
