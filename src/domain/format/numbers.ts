/**
 * Numbers, month counts, percentages and probabilities: one rounding rule each, used by every
 * screen, the CLI's text output, the deck and the PDF.
 *
 * The rules:
 * - month counts: one decimal ("13.4 months"); "not reached" when infinite;
 * - probabilities and percentages: whole percent ("82%"), except that a value strictly between 0
 *   and 1% shows as "<1%" and one strictly between 99% and 100% as ">99%" — rounding 0.996 to
 *   "100%" would claim a certainty the simulation does not have;
 * - shares compared with a threshold (a regional requirement of 15%): one decimal ("14.6%"),
 *   so a share just under the threshold never reads as equal to it;
 * - differences carry an explicit sign ("+1.2 months", "−3 pts"), using the minus sign (U+2212).
 */

const MINUS = '\u2212';
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** 12345.6 → "12,346". */
export function formatInteger(value: number | null | undefined): string {
  return isNum(value) ? integerFormat.format(Math.round(value)).replace('-', MINUS) : '—';
}

/** A plain number with up to `digits` decimals: 1234.567 → "1,234.57". */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (!isNum(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits }).replace('-', MINUS);
}

/** 13.44 → "13.4 months"; 1 → "1.0 month"; Infinity → "not reached". */
export function formatMonths(months: number | null | undefined): string {
  if (months === Infinity) return 'not reached';
  if (!isNum(months)) return '—';
  const text = months.toFixed(1).replace('-', MINUS);
  return `${text} ${text === '1.0' ? 'month' : 'months'}`;
}

/** A probability or a fraction as a whole percentage: 0.823 → "82%", 0.004 → "<1%", 0.996 → ">99%". */
export function formatPercent(fraction: number | null | undefined): string {
  if (!isNum(fraction)) return '—';
  const p = fraction * 100;
  if (p > 0 && p < 1) return '<1%';
  if (p > 99 && p < 100) return '>99%';
  return `${Math.round(p)}%`.replace('-', MINUS);
}

/** A probability: the same rule as percentages (one rule for both). */
export const formatProbability = formatPercent;

/** A share compared with a threshold, one decimal: 0.1462 → "14.6%". */
export function formatShare(fraction: number | null | undefined, digits = 1): string {
  if (!isNum(fraction)) return '—';
  return `${(fraction * 100).toFixed(digits)}%`.replace('-', MINUS);
}

/** A signed difference with a unit: (1.24, 'months') → "+1.2 months"; (−3, 'pts', 0) → "−3 pts"; ~0 → "±0". */
export function formatSigned(value: number | null | undefined, unit: string, digits = 1): string {
  if (!isNum(value)) return '—';
  if (Math.abs(value) < 10 ** -digits / 2) return unit ? `±0 ${unit}` : '±0';
  const sign = value > 0 ? '+' : MINUS;
  return `${sign}${Math.abs(value).toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** A difference of two months values: "+1.2 months". */
export const formatSignedMonths = (value: number | null | undefined) => formatSigned(value, 'months');

/** A difference of two probabilities in percentage points: 0.12 → "+12 pts". */
export const formatSignedPoints = (fraction: number | null | undefined) =>
  formatSigned(isNum(fraction) ? fraction * 100 : fraction, 'pts', 0);

/** "90 (60–120)" for a range, "90" for a point value. */
export function formatRange(value: { min: number; mode: number; max: number }, digits = 0): string {
  const f = (n: number) => formatNumber(n, digits);
  return value.min === value.max ? f(value.mode) : `${f(value.mode)} (${f(value.min)}–${f(value.max)})`;
}
