/** Plain-text number formats shared by the report screen, the deck, the PDF and spreadsheets. */

/** Months, one decimal; "not reached" for runs that never get there (Infinity / NaN). */
export function formatMonths(months: number): string {
  return Number.isFinite(months) ? `${months.toFixed(1)} mo` : 'not reached';
}

/** A probability or share as a whole percentage ("83%"). */
export function formatPercent(fraction: number, digits = 0): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(digits)}%` : '—';
}

/** Money in a compact form: "USD 12.3M", "USD 850k". */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '—';
  const abs = Math.abs(amount);
  const sign = amount < 0 ? '−' : '';
  if (abs >= 1e9) return `${currency} ${sign}${(abs / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${currency} ${sign}${(abs / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${currency} ${sign}${(abs / 1e3).toFixed(0)}k`;
  return `${currency} ${sign}${abs.toFixed(0)}`;
}

export function formatInteger(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

/** "90 (60–120)" for a range, "90" for a point value. */
export function formatRange(value: { min: number; mode: number; max: number }, digits = 0): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
  return value.min === value.max ? f(value.mode) : `${f(value.mode)} (${f(value.min)}–${f(value.max)})`;
}
