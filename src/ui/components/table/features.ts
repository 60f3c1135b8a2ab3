import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { matchesNumber, matchesText } from './filter-match';
import type { CellValue } from './types';

const textFilter = constructFilterFn({
  filter: (dataValue: CellValue, filterValue: string) => matchesText(dataValue, filterValue),
  autoRemove: (v: unknown) => v === undefined || v === '',
});

const numberFilter = constructFilterFn({
  filter: (dataValue: CellValue, filterValue: string) => matchesNumber(dataValue, filterValue),
  autoRemove: (v: unknown) => v === undefined || v === '',
});

/**
 * The one feature set every data table uses (v9 registers features explicitly; a missing feature
 * means a missing API). Module scope keeps it stable between renders.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { text: textFilter, number: numberFilter },
});

export type DataTableFeatures = typeof dataTableFeatures;
