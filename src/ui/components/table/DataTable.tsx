/**
 * DataTable — the one shared table (TanStack Table v9 + TanStack Virtual).
 *
 * Usage:
 *   const columns: DataColumn<Site>[] = [   // keep stable: module scope or useMemo
 *     { id: 'name', header: 'Site', value: (s) => s.name, hideable: false },
 *     { id: 'country', header: 'Country', value: (s) => s.country, groupable: true },
 *     { id: 'rate', header: 'Prior /mo', value: (s) => prior(s).mean, align: 'end', filter: 'number',
 *       edit: { kind: 'number', validate: (s, raw) => reasonOrNull, commit: (s, raw) => save(s, raw) } },
 *   ];
 *   <DataTable label="Sites" rows={sites} columns={columns} getRowId={(s) => s.id}
 *     selectable selectedIds={sel} onSelectedIdsChange={setSel}
 *     onRowActivate={(s) => open(s.id)} activeRowId={openId} initialGroupBy="country"
 *     toolbar={(view) => <button onClick={() => exportRows(view.rows)}>Export</button>} />
 *
 * Features: click a header to sort (Shift+click adds a sort key); search box = global filter;
 * a filter input under each header (numbers accept "> 0.5", "1-3"); "Group by" with collapsible
 * groups; "Columns" chooser; row checkboxes with Shift-range; rows are virtualised (fixed row
 * height) so 10,000 rows scroll smoothly. Keyboard: Tab into the rows, ↑/↓/Home/End/PgUp/PgDn
 * move, Enter opens (or toggles a group), Space selects, ←/→ collapse/expand a group; editable
 * cells open with Enter/F2/click, Enter commits, Escape cancels. Cell content is rendered as React
 * text, never as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import type {
  ExpandedState,
  GroupingState,
  Row,
  RowData,
  RowSelectionState,
  SortingState,
} from '@tanstack/react-table';
import { ColumnChooser } from './ColumnChooser';
import { EditableCell } from './EditableCell';
import { dataTableFeatures } from './features';
import type { DataTableFeatures } from './features';
import { compareCellValues, formatCellValue } from './cell-value';
import { useRowVirtualizer } from './use-row-virtualizer';
import type { DataColumn, TableView } from './types';

export interface DataTableProps<T extends RowData> {
  /** Accessible name of the table. */
  label: string;
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  getRowId: (row: T) => string;
  /** Scroll viewport height (px or CSS length). */
  height?: number | string;
  /** Fixed row height in px (virtualisation). */
  rowHeight?: number;
  selectable?: boolean;
  selectedIds?: ReadonlySet<string>;
  onSelectedIdsChange?: (ids: Set<string>) => void;
  onRowActivate?: (row: T) => void;
  activeRowId?: string | null;
  initialGroupBy?: string | null;
  initialSorting?: SortingState;
  /** Extra toolbar content, given the current view (filtered, sorted rows; visible columns). */
  toolbar?: (view: TableView<T>) => ReactNode;
  emptyMessage?: string;
}

type TRow<T extends RowData> = Row<DataTableFeatures, T>;

function leafRows<T extends RowData>(rows: TRow<T>[], out: T[] = []): T[] {
  for (const row of rows) {
    if (row.getIsGrouped()) leafRows(row.subRows, out);
    else out.push(row.original);
  }
  return out;
}

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { label, rows, columns, getRowId, selectable = false, rowHeight = 34 } = props;
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [grouping, setGrouping] = useState<GroupingState>(props.initialGroupBy ? [props.initialGroupBy] : []);
  const [expanded, setExpanded] = useState<ExpandedState>(true);

  const defs = useMemo(() => {
    const helper = createColumnHelper<DataTableFeatures, T>();
    return helper.columns(
      columns.map((c) =>
        helper.accessor((row: T) => c.value(row), {
          id: c.id,
          header: c.header,
          filterFn: c.filter === 'number' ? 'number' : 'text',
          enableColumnFilter: c.filter !== false,
          enableGlobalFilter: true,
          enableGrouping: Boolean(c.groupable),
          enableHiding: c.hideable !== false,
          sortFn: (a, b, id) => compareCellValues(a.getValue(id), b.getValue(id)),
          sortUndefined: 'last',
          sortDescFirst: false,
        }),
      ),
    );
  }, [columns]);

  const initialVisibility = useMemo(
    () => Object.fromEntries(columns.filter((c) => c.hidden).map((c) => [c.id, false])),
    [columns],
  );
  const rowSelection = useMemo<RowSelectionState>(
    () => Object.fromEntries([...(props.selectedIds ?? [])].map((id) => [id, true])),
    [props.selectedIds],
  );

  const data = rows as T[];
  const table = useTable({
    features: dataTableFeatures,
    columns: defs,
    data,
    getRowId: (row: T) => getRowId(row),
    initialState: { columnVisibility: initialVisibility },
    state: { sorting, grouping, expanded, rowSelection },
    onSortingChange: setSorting,
    onGroupingChange: setGrouping,
    onExpandedChange: setExpanded,
    onRowSelectionChange: (updater) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      props.onSelectedIdsChange?.(new Set(Object.keys(next).filter((k) => next[k])));
    },
    enableRowSelection: (row) => !row.getIsGrouped(),
    groupedColumnMode: false,
    globalFilterFn: 'text',
    getColumnCanGlobalFilter: () => true,
    autoResetExpanded: false,
  });

  const displayRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const shownColumns = visibleColumns
    .map((c) => byId.get(c.id))
    .filter((c): c is DataColumn<T> => Boolean(c));
  // Row models are memoised by the table, so these O(n) walks run only when the data or the
  // filters change — not on every scroll frame.
  const sortedRows = table.getSortedRowModel().rows;
  const leaves = useMemo(() => leafRows(sortedRows), [sortedRows]);
  const view: TableView<T> = { rows: leaves, columns: shownColumns };

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useRowVirtualizer(scrollRef, displayRows.length, rowHeight, props.height);
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const [focusIndex, setFocusIndex] = useState(0);
  // The row to focus once rendered. Kept apart from focusIndex: the virtualizer can re-render
  // synchronously while scrolling, before the new focusIndex is committed.
  const wantFocus = useRef<number | null>(null);
  useEffect(() => {
    if (wantFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${wantFocus.current}"]`);
    if (!row) return; // not rendered yet: the next render tries again
    wantFocus.current = null;
    row.focus();
  });

  const moveFocus = (index: number) => {
    const next = Math.max(0, Math.min(displayRows.length - 1, index));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    wantFocus.current = next;
    setFocusIndex(next);
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: TRow<T>, index: number) => {
    if (e.target !== e.currentTarget) return; // keys inside inputs/buttons are theirs
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveFocus(index + 1),
      ArrowUp: () => moveFocus(index - 1),
      PageDown: () => moveFocus(index + page),
      PageUp: () => moveFocus(index - page),
      Home: () => moveFocus(0),
      End: () => moveFocus(displayRows.length - 1),
      Enter: () => (row.getIsGrouped() ? row.toggleExpanded() : props.onRowActivate?.(row.original)),
      ' ': () => (row.getIsGrouped() ? row.toggleExpanded() : selectable && row.toggleSelected()),
      ArrowRight: () => row.getIsGrouped() && row.toggleExpanded(true),
      ArrowLeft: () => row.getIsGrouped() && row.toggleExpanded(false),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const groupable = columns.filter((c) => c.groupable);
  const filteredCount = table.getFilteredRowModel().rows.length;
  const colCount = shownColumns.length + (selectable ? 1 : 0);
  const allFiltered = table.getFilteredRowModel().rows;
  const selectedInView = useMemo(
    () => (selectable ? allFiltered.filter((r) => rowSelection[r.id]).length : 0),
    [selectable, allFiltered, rowSelection],
  );

  const renderCell = (row: TRow<T>, col: DataColumn<T>) => {
    const value = col.value(row.original);
    const display = col.render ? col.render(row.original) : formatCellValue(value);
    if (!col.edit) return display;
    const name = String(columns[0]?.value(row.original) ?? row.id);
    return (
      <EditableCell
        row={row.original}
        editor={col.edit}
        display={display}
        initial={col.edit.initial ? col.edit.initial(row.original) : value == null ? '' : String(value)}
        label={`${col.header} for ${name}`}
      />
    );
  };

  return (
    <div className="dt">
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
            <select
              value={grouping[0] ?? ''}
              onChange={(e) => {
                setGrouping(e.target.value ? [e.target.value] : []);
                setExpanded(true);
              }}
            >
              <option value="">None</option>
              {groupable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.header}
                </option>
              ))}
            </select>
          </label>
        )}
        {grouping.length > 0 && (
          <>
            <button type="button" onClick={() => setExpanded(true)}>
              Expand all
            </button>
            <button type="button" onClick={() => setExpanded({})}>
              Collapse all
            </button>
          </>
        )}
        <ColumnChooser table={table} byId={byId} />
        <span className="muted dt-count" aria-live="polite">
          {filteredCount === rows.length ? `${rows.length} rows` : `${filteredCount} of ${rows.length} rows`}
          {selectable && selectedInView > 0 ? ` · ${selectedInView} selected` : ''}
        </span>
        {props.toolbar?.(view)}
      </div>
      <div ref={scrollRef} className="dt-scroll" style={{ height: props.height ?? 560 }}>
        <table className="data dt-table" aria-label={label} aria-rowcount={displayRows.length + 1}>
          <colgroup>
            {selectable && <col style={{ width: 36 }} />}
            {shownColumns.map((c) => (
              <col key={c.id} style={{ width: c.width ?? 140 }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {selectable && (
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select all shown rows"
                    checked={allFiltered.length > 0 && selectedInView === allFiltered.length}
                    ref={(el) => {
                      if (el) el.indeterminate = selectedInView > 0 && selectedInView < allFiltered.length;
                    }}
                    onChange={(e) => {
                      const next = new Set(props.selectedIds ?? []);
                      for (const r of allFiltered) {
                        if (e.target.checked) next.add(r.id);
                        else next.delete(r.id);
                      }
                      props.onSelectedIdsChange?.(next);
                    }}
                  />
                </th>
              )}
              {visibleColumns.map((column) => {
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
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="dt-spacer">
                <td colSpan={colCount} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = displayRows[item.index];
              if (!row) return null;
              const common = {
                'data-index': item.index,
                'aria-rowindex': item.index + 2,
                tabIndex: item.index === focusIndex ? 0 : -1,
                style: { height: rowHeight },
                onFocus: () => setFocusIndex(item.index),
                onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => onRowKeyDown(e, row, item.index),
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
                        aria-label={`Select ${String(columns[0]?.value(row.original) ?? row.id)}`}
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
        </table>
        {displayRows.length === 0 && (
          <p className="muted dt-empty">{props.emptyMessage ?? 'No rows match.'}</p>
        )}
      </div>
    </div>
  );
}
