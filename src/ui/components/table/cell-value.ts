import { formatNumber } from '../../../domain/format';
import type { CellValue } from './types';

/** Text for a plain cell value; empty values show as an em dash. */
export function formatCellValue(value: CellValue): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value, 2);
  return value;
}

/** Ascending comparison: numbers numerically, text naturally ("Site 2" before "Site 10"). */
export function compareCellValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'en', { numeric: true, sensitivity: 'base' });
}
