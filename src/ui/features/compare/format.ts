import { addMonthsToDate, isoOrBeyond } from '../../../domain/dates';

export const pct = (p: number) => (Number.isFinite(p) ? `${Math.round(p * 100)}%` : '—');

export function money(value: number, currency: string): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const text = abs >= 1e6 ? `${(value / 1e6).toFixed(1)}M` : abs >= 1e3 ? `${(value / 1e3).toFixed(0)}k` : value.toFixed(0);
  return `${currency} ${text}`;
}

export const monthDate = (submission: string, months: number) => (Number.isFinite(months) ? isoOrBeyond(addMonthsToDate(submission, months)) : 'not reached');

export function signed(value: number, unit: string, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) < 10 ** -digits / 2) return '±0';
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)} ${unit}`.trim();
}
