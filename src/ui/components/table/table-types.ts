import type { ReactTable, Row, RowData } from '@tanstack/react-table';
import type { DataTableFeatures } from './features';

/** The table instance DataTable's parts share (TanStack v9 with DataTable's feature set). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableInstance<T extends RowData> = ReactTable<DataTableFeatures, T, any>;

/** One displayed row: a data row or a group heading. */
export type DataTableRow<T extends RowData> = Row<DataTableFeatures, T>;
