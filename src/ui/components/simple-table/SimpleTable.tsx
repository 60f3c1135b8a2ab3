import type { Key, ReactNode } from 'react';
import { TableHead } from './TableHead';

/** One column of a {@link SimpleTable}. */
export interface SimpleColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned (numbers, money, dates in a column of figures). */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), as the first column of most summary tables. */
  rowHeader?: boolean;
  /** Extra class of the cells, per row. */
  className?: (row: T) => string | undefined;
}

/**
 * A plain read-only table: header, rows, an optional caption and right-aligned numeric columns.
 * For sorting, filtering, grouping, selection or thousands of rows use DataTable instead.
 *
 *   <SimpleTable caption="By category" rows={categories} rowKey={(c) => c.category} columns={[
 *     { key: 'label', header: 'Category', cell: (c) => c.label, rowHeader: true },
 *     { key: 'expected', header: 'Expected', cell: (c) => money(c.expected), numeric: true },
 *   ]} />
 */
export function SimpleTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  captionHidden = false,
  label,
  className,
  testId,
  rowProps,
  empty,
}: {
  rows: readonly T[];
  columns: readonly (SimpleColumn<T> | false | null | undefined)[];
  rowKey: (row: T, index: number) => Key;
  caption?: ReactNode;
  /** Keep the caption for screen readers only. */
  captionHidden?: boolean;
  /** Accessible name when there is no caption. */
  label?: string;
  /** Classes after "data compact". */
  className?: string;
  testId?: string;
  /** Extra attributes of a row (a class, a data- attribute for tests). */
  rowProps?: (row: T) => { className?: string; [data: `data-${string}`]: string | undefined };
  /** Shown in one full-width row when there are no rows (e.g. "Refining…" while a result is pending). */
  empty?: ReactNode;
}) {
  const shown = columns.filter((c): c is SimpleColumn<T> => Boolean(c));
  return (
    <table
      className={`data compact${className ? ` ${className}` : ''}`}
      aria-label={label}
      data-testid={testId}
    >
      {caption !== undefined && (
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      )}
      <TableHead columns={shown} />
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} {...rowProps?.(row)}>
            {shown.map((c) => {
              const className = [c.numeric ? 'num' : '', c.className?.(row) ?? ''].filter(Boolean).join(' ');
              return c.rowHeader ? (
                <th key={c.key} scope="row" className={className || undefined}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={className || undefined}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={shown.length} className="muted">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
