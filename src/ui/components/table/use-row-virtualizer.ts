import type { RefObject } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';

/**
 * Row virtualisation for DataTable: only the rows in view (plus a few each side) are in the DOM,
 * which is what keeps a 10,000-site table scrolling smoothly.
 */
export function useRowVirtualizer(
  scrollRef: RefObject<HTMLDivElement | null>,
  count: number,
  rowHeight: number,
  height: number | string | undefined,
) {
  const fallbackRect = { width: 1200, height: typeof height === 'number' ? height : 560 };
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows drawn beyond the viewport each side. A fast scroll replaces every drawn row in one
    // frame, so each extra row costs there (12 each side made a 10,000-row jump ~40 rows of cells).
    overscan: 5,
    // Render scrolled-in rows in their own task rather than inside the scroll frame: a fast scroll
    // is then two shorter tasks (React's render; the next frame's style, layout and paint) instead
    // of one holding both. The spacer rows cover the gap for that one frame.
    useFlushSync: false,
    initialRect: fallbackRect,
    // An element not laid out yet (hidden tab, DOM-less test) measures 0 high and would show no
    // rows at all; fall back to the nominal viewport instead.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : fallbackRect)),
  });
}
