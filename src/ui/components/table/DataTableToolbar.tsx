import type { ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { OptionSelect } from '../form';
import { ColumnChooser } from './ColumnChooser';
import type { DataTableInstance } from './table-types';
import type { DataColumn } from './types';

/**
 * The filter row above the table: search over all columns (the global filter), "Group by", expand
 * or collapse all groups, the column chooser and the live row count; then the caller's extras.
 */
export function DataTableToolbar<T extends RowData>({
  label,
  table,
  byId,
  totalRows,
  selectedInView,
  extra,
}: {
  label: string;
  /** Grouping and expansion are read from and set on the table (its state is DataTable's). */
  table: DataTableInstance<T>;
  byId: Map<string, DataColumn<T>>;
  totalRows: number;
  /** Selected rows among the filtered ones, or null when rows cannot be selected. */
  selectedInView: number | null;
  extra: ReactNode;
}) {
  const groupable = [...byId.values()].filter((c) => c.groupable);
  const grouping = table.state.grouping;
  const filteredCount = table.getFilteredRowModel().rows.length;
  return (
    <div className="toolbar dt-toolbar">
      <input
        type="search"
        aria-label={`Search ${label}`}
        placeholder="Search all columns…"
        value={String(table.state.globalFilter ?? '')}
        onChange={(e) => table.setGlobalFilter(e.target.value)}
      />
      {groupable.length > 0 && (
        <label className="dt-inline">
          Group by{' '}
          <OptionSelect
            value={grouping[0] ?? ''}
            options={[
              { value: '', label: 'None' },
              ...groupable.map((c) => ({ value: c.id, label: c.header })),
            ]}
            onChange={(id) => {
              table.setGrouping(id ? [id] : []);
              table.setExpanded(true);
            }}
          />
        </label>
      )}
      {grouping.length > 0 && (
        <>
          <button type="button" onClick={() => table.setExpanded(true)}>
            Expand all
          </button>
          <button type="button" onClick={() => table.setExpanded({})}>
            Collapse all
          </button>
        </>
      )}
      <ColumnChooser table={table} byId={byId} />
      <span className="muted dt-count" aria-live="polite">
        {filteredCount === totalRows ? `${totalRows} rows` : `${filteredCount} of ${totalRows} rows`}
        {selectedInView ? ` · ${selectedInView} selected` : ''}
      </span>
      {extra}
    </div>
  );
}
