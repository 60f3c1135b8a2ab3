import type { RowData } from '@tanstack/react-table';
import type { DataTableInstance } from './table-types';
import type { DataColumn } from './types';

interface Props<T extends RowData> {
  table: DataTableInstance<T>;
  byId: Map<string, DataColumn<T>>;
}

/** A disclosure listing every column with a checkbox; columns that may not hide are disabled. */
export function ColumnChooser<T extends RowData>({ table, byId }: Props<T>) {
  const columns = table.getAllLeafColumns();
  return (
    <details className="dt-columns">
      <summary>Columns</summary>
      <fieldset>
        <legend className="muted">Show columns</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(e) => column.toggleVisibility(e.target.checked)}
            />{' '}
            {byId.get(column.id)?.header ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
