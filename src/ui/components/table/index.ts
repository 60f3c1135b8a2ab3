// The shared data table. See the usage comment at the top of DataTable.tsx.
export { DataTable } from './DataTable';
export type { DataTableProps } from './DataTable';
export type { CellEditor, CellValue, DataColumn, TableView } from './types';
export { formatCellValue, compareCellValues } from './cell-value';
export { matchesNumber, matchesText } from './filter-match';
