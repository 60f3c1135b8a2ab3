import type { ReactNode } from 'react';

/** A plain cell value: what sorting, filtering, grouping and export see. */
export type CellValue = string | number | null | undefined;

/**
 * An inline editor for one column. The table shows an input; on Enter/blur it calls `validate`
 * with the raw text. A non-null result is the reason the value is refused: it is shown next to
 * the input and nothing is stored. Otherwise `commit` receives the raw text (parse it there).
 */
export interface CellEditor<T> {
  kind: 'text' | 'number' | 'select';
  /** Choices for `kind: 'select'`. */
  options?: readonly { value: string; label: string }[];
  /** The text the input starts with; defaults to the column value. */
  initial?: (row: T) => string;
  validate: (row: T, raw: string) => string | null;
  commit: (row: T, raw: string) => void;
}

/** One column of a {@link DataTable}. Keep the array stable (module scope or useMemo). */
export interface DataColumn<T> {
  id: string;
  header: string;
  /** Plain value for sorting, filtering, grouping and export. */
  value: (row: T) => CellValue;
  /** Custom cell content; defaults to the value as text. Never inject HTML: return React nodes. */
  render?: (row: T) => ReactNode;
  /** 'end' right-aligns (numbers). */
  align?: 'start' | 'end';
  /** Width in px (the table uses a fixed layout so virtualised rows keep their columns). */
  width?: number;
  /** Per-column filter: text contains, or numeric expressions ("> 0.5", "1-3", "<=2"). */
  filter?: 'text' | 'number' | false;
  /** May the user group rows by this column? */
  groupable?: boolean;
  /** Hidden until the user shows it from the column chooser. */
  hidden?: boolean;
  /** Set false for columns that must stay visible (e.g. the name). */
  hideable?: boolean;
  edit?: CellEditor<T>;
}

/** What the table currently shows: filtered and sorted leaf rows and the visible columns. */
export interface TableView<T> {
  rows: T[];
  columns: DataColumn<T>[];
}
