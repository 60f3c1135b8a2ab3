import type { CellValue } from './types';

/** Case-insensitive "contains" on the text form of a value. */
export function matchesText(value: CellValue, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return String(value ?? '')
    .toLowerCase()
    .includes(q);
}

const COMPARISON = /^(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)$/;
const RANGE = /^(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.)\s*(-?\d+(?:\.\d+)?)$/;

/**
 * Numeric filter expressions: "2" (equals), "> 0.5", "<= 3", "1-3" (inclusive range). Anything
 * else falls back to a text match so a stray character never hides every row silently.
 */
export function matchesNumber(value: CellValue, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  const range = RANGE.exec(q);
  if (range) {
    if (typeof value !== 'number') return false;
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    return value >= Math.min(lo, hi) && value <= Math.max(lo, hi);
  }
  const cmp = COMPARISON.exec(q);
  if (cmp) {
    if (typeof value !== 'number') return false;
    const n = Number(cmp[2]);
    switch (cmp[1]) {
      case '<':
        return value < n;
      case '<=':
        return value <= n;
      case '>':
        return value > n;
      case '>=':
        return value >= n;
      default:
        return value === n;
    }
  }
  return matchesText(value, q);
}
