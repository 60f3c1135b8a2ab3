import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { DataTableRow } from './table-types';

/**
 * Keyboard movement over virtualised rows (one row in the tab order, "roving tabindex"):
 * ↑/↓/Home/End/PgUp/PgDn move, Enter opens (or toggles a group), Space selects, ←/→ collapse or
 * expand a group. A row scrolled out of the DOM is focused once the virtualizer has drawn it.
 */
export function useRowFocus<T extends RowData>({
  scrollRef,
  virtualizer,
  rowCount,
  rowHeight,
  selectable,
  onRowActivate,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rowCount: number;
  rowHeight: number;
  selectable: boolean;
  onRowActivate?: (row: T) => void;
}) {
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
    const next = Math.max(0, Math.min(rowCount - 1, index));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    wantFocus.current = next;
    setFocusIndex(next);
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: DataTableRow<T>, index: number) => {
    if (e.target !== e.currentTarget) return; // keys inside inputs/buttons are theirs
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveFocus(index + 1),
      ArrowUp: () => moveFocus(index - 1),
      PageDown: () => moveFocus(index + page),
      PageUp: () => moveFocus(index - page),
      Home: () => moveFocus(0),
      End: () => moveFocus(rowCount - 1),
      Enter: () => (row.getIsGrouped() ? row.toggleExpanded() : onRowActivate?.(row.original)),
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

  return { focusIndex, setFocusIndex, onRowKeyDown };
}
