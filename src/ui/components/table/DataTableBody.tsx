import type { KeyboardEvent, RefObject } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import { formatCellValue } from './cell-value';
import { EditableCell } from './EditableCell';
import type { DataTableRow } from './table-types';
import type { DataColumn } from './types';
import { useRowFocus } from './use-row-focus';

interface Props<T extends RowData> {
  rows: DataTableRow<T>[];
  /** Every column (the first names a row), the visible ones in order, and all by id. */
  columns: { all: readonly DataColumn<T>[]; shown: DataColumn<T>[]; byId: Map<string, DataColumn<T>> };
  /** The scrolling box, its row virtualizer and the fixed row height. */
  viewport: {
    scrollRef: RefObject<HTMLDivElement | null>;
    virtualizer: Virtualizer<HTMLDivElement, Element>;
    rowHeight: number;
  };
  selectable: boolean;
  activeRowId?: string | null;
  onRowActivate?: (row: T) => void;
}

/**
 * The rows in view (virtualised: spacer rows stand for the rest), group headings with their
 * counts, row checkboxes, and cells — plain values as React text, or an editable cell.
 */
export function DataTableBody<T extends RowData>(props: Props<T>) {
  const { rows, selectable } = props;
  const { all: columns, shown: shownColumns, byId } = props.columns;
  const { virtualizer, rowHeight } = props.viewport;
  const focus = useRowFocus<T>({
    ...props.viewport,
    rowCount: rows.length,
    selectable,
    onRowActivate: props.onRowActivate,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const colCount = shownColumns.length + (selectable ? 1 : 0);
  const nameOf = (row: DataTableRow<T>) => String(columns[0]?.value(row.original) ?? row.id);

  const renderCell = (row: DataTableRow<T>, col: DataColumn<T>) => {
    const value = col.value(row.original);
    const display = col.render ? col.render(row.original) : formatCellValue(value);
    if (!col.edit) return display;
    return (
      <EditableCell
        row={row.original}
        editor={col.edit}
        display={display}
        initial={col.edit.initial ? col.edit.initial(row.original) : value == null ? '' : String(value)}
        label={`${col.header} for ${nameOf(row)}`}
      />
    );
  };

  return (
    <tbody>
      {padTop > 0 && (
        <tr aria-hidden="true" className="dt-spacer">
          <td colSpan={colCount} style={{ height: padTop }} />
        </tr>
      )}
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const common = {
          'data-index': item.index,
          'aria-rowindex': item.index + 2,
          tabIndex: item.index === focus.focusIndex ? 0 : -1,
          style: { height: rowHeight },
          onFocus: () => focus.setFocusIndex(item.index),
          onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => focus.onRowKeyDown(e, row, item.index),
        };
        if (row.getIsGrouped()) {
          const col = byId.get(row.groupingColumnId ?? '');
          const open = row.getIsExpanded();
          return (
            <tr key={row.id} {...common} className="dt-group" aria-expanded={open}>
              <td colSpan={colCount}>
                <button
                  type="button"
                  className="dt-group-toggle"
                  tabIndex={-1}
                  onClick={() => row.toggleExpanded()}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span> {col?.header}:{' '}
                  <strong>{formatCellValue(row.groupingValue as string | number | undefined)}</strong>{' '}
                  <span className="muted">({row.getLeafRows().length})</span>
                </button>
              </td>
            </tr>
          );
        }
        const selected = row.getIsSelected();
        const active = props.activeRowId === row.id;
        return (
          <tr
            key={row.id}
            {...common}
            aria-selected={selectable ? selected : undefined}
            className={`dt-row${active ? ' dt-row--active' : ''}${selected ? ' dt-row--selected' : ''}`}
            onClick={() => props.onRowActivate?.(row.original)}
          >
            {selectable && (
              <td onClick={(e) => e.stopPropagation()}>
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={`Select ${nameOf(row)}`}
                  checked={selected}
                  onChange={row.getToggleSelectedHandler()}
                />
              </td>
            )}
            {shownColumns.map((col) => (
              <td key={col.id} className={col.align === 'end' ? 'num' : undefined}>
                {renderCell(row, col)}
              </td>
            ))}
          </tr>
        );
      })}
      {padBottom > 0 && (
        <tr aria-hidden="true" className="dt-spacer">
          <td colSpan={colCount} style={{ height: padBottom }} />
        </tr>
      )}
    </tbody>
  );
}
