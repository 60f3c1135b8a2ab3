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
import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import type {
  ExpandedState,
  GroupingState,
  RowData,
  RowSelectionState,
  SortingState,
} from '@tanstack/react-table';
import { compareCellValues } from './cell-value';
import { DataTableBody } from './DataTableBody';
import { DataTableHeader } from './DataTableHeader';
import { DataTableToolbar } from './DataTableToolbar';
import { dataTableFeatures } from './features';
import type { DataTableFeatures } from './features';
import type { DataTableRow } from './table-types';
import type { DataColumn, TableView } from './types';
import { useRowVirtualizer } from './use-row-virtualizer';

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

function leafRows<T extends RowData>(rows: DataTableRow<T>[], out: T[] = []): T[] {
  for (const row of rows) {
    if (row.getIsGrouped()) leafRows(row.subRows, out);
    else out.push(row.original);
  }
  return out;
}

/**
 * The table's state (sorting, grouping, expansion, selection) and its parts: the toolbar
 * (DataTableToolbar), the header with sort buttons and column filters (DataTableHeader) and the
 * virtualised rows (DataTableBody).
 */
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
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const shownColumns = table
    .getVisibleLeafColumns()
    .map((c) => byId.get(c.id))
    .filter((c): c is DataColumn<T> => Boolean(c));
  // Row models are memoised by the table, so these O(n) walks run only when the data or the
  // filters change — not on every scroll frame.
  const sortedRows = table.getSortedRowModel().rows;
  const leaves = useMemo(() => leafRows(sortedRows), [sortedRows]);
  const view: TableView<T> = { rows: leaves, columns: shownColumns };

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useRowVirtualizer(scrollRef, displayRows.length, rowHeight, props.height);

  const allFiltered = table.getFilteredRowModel().rows;
  const selectedInView = useMemo(
    () => (selectable ? allFiltered.filter((r) => rowSelection[r.id]).length : 0),
    [selectable, allFiltered, rowSelection],
  );
  const toggleAll = (on: boolean) => {
    const next = new Set(props.selectedIds ?? []);
    for (const r of allFiltered) {
      if (on) next.add(r.id);
      else next.delete(r.id);
    }
    props.onSelectedIdsChange?.(next);
  };

  return (
    <div className="dt">
      <DataTableToolbar
        label={label}
        table={table}
        byId={byId}
        totalRows={rows.length}
        selectedInView={selectable ? selectedInView : null}
        extra={props.toolbar?.(view)}
      />
      <div ref={scrollRef} className="dt-scroll" style={{ height: props.height ?? 560 }}>
        <table className="data dt-table" aria-label={label} aria-rowcount={displayRows.length + 1}>
          <colgroup>
            {selectable && <col style={{ width: 36 }} />}
            {shownColumns.map((c) => (
              <col key={c.id} style={{ width: c.width ?? 140 }} />
            ))}
          </colgroup>
          <DataTableHeader
            table={table}
            byId={byId}
            selection={selectable ? { shown: allFiltered.length, selected: selectedInView, toggleAll } : null}
          />
          <DataTableBody
            rows={displayRows}
            columns={{ all: columns, shown: shownColumns, byId }}
            viewport={{ scrollRef, virtualizer, rowHeight }}
            selectable={selectable}
            activeRowId={props.activeRowId}
            onRowActivate={props.onRowActivate}
          />
        </table>
        {displayRows.length === 0 && (
          <p className="muted dt-empty">{props.emptyMessage ?? 'No rows match.'}</p>
        )}
      </div>
    </div>
  );
}
