import type { RowData } from '@tanstack/react-table';
import type { DataTableInstance } from './table-types';
import type { DataColumn } from './types';

/**
 * The header row: "select all shown rows" (when rows can be selected), then per visible column a
 * sort button (Shift+click adds a sort key) and the column's filter input ("> 0, 1-3" for numbers).
 */
export function DataTableHeader<T extends RowData>({
  table,
  byId,
  selection,
}: {
  table: DataTableInstance<T>;
  byId: Map<string, DataColumn<T>>;
  /** The select-all box's state, or null when rows cannot be selected. */
  selection: { shown: number; selected: number; toggleAll: (on: boolean) => void } | null;
}) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {selection && (
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Select all shown rows"
              checked={selection.shown > 0 && selection.selected === selection.shown}
              ref={(el) => {
                if (el) el.indeterminate = selection.selected > 0 && selection.selected < selection.shown;
              }}
              onChange={(e) => selection.toggleAll(e.target.checked)}
            />
          </th>
        )}
        {table.getVisibleLeafColumns().map((column) => {
          const col = byId.get(column.id);
          if (!col) return null;
          const sorted = column.getIsSorted();
          return (
            <th
              key={column.id}
              scope="col"
              className={col.align === 'end' ? 'num' : undefined}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            >
              <button
                type="button"
                className="dt-sort"
                onClick={column.getToggleSortingHandler()}
                title="Sort (Shift+click to add a sort key)"
              >
                {col.header}
                <span aria-hidden="true" className="dt-sort-mark">
                  {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                </span>
              </button>
              {column.getCanFilter() && (
                <input
                  className="dt-filter"
                  aria-label={`Filter ${col.header}`}
                  placeholder={col.filter === 'number' ? '> 0, 1-3' : 'Filter'}
                  value={String(column.getFilterValue() ?? '')}
                  onChange={(e) => column.setFilterValue(e.target.value)}
                />
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
