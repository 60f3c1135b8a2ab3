import type { ReactNode } from 'react';
import type { SimpleColumn } from './SimpleTable';

/** A right-aligned column of figures (money, counts, shares, dates in a column of figures). */
export function numericColumn<T>(key: string, header: string, cell: (row: T) => ReactNode): SimpleColumn<T> {
  return { key, header, cell, numeric: true };
}
