import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { enqueueStaged, type StagedTicket } from './staged-queue';

/**
 * Renders its children when the page-wide staged queue (staged-queue.ts) gets to it, one staged
 * piece per main-thread task; a placeholder of `minHeight` stands in until then. When `version`
 * changes (new data for the chart), the children drawn for the previous version stay on screen
 * until the queue reaches this piece again, so a screen whose dozen charts all receive refined
 * results re-renders them one per task too, not all in one long task.
 */
export function Staged({
  version,
  minHeight = 200,
  children,
}: {
  /** What the children are drawn from (e.g. the evaluation): a new value re-stages them. */
  version?: unknown;
  minHeight?: number;
  children: ReactNode;
}) {
  const [shown, setShown] = useState<{ version: unknown; node: ReactNode } | null>(null);
  const latest = useRef({ version, children });
  const ticket = useRef<StagedTicket | null>(null);
  useLayoutEffect(() => {
    latest.current = { version, children };
  });
  const stale = shown === null || shown.version !== version;
  useEffect(() => {
    if (!stale) return;
    const t = enqueueStaged(() =>
      setShown({ version: latest.current.version, node: latest.current.children }),
    );
    ticket.current = t;
    return () => {
      t.cancel();
      if (ticket.current === t) ticket.current = null;
    };
  }, [stale, version]);
  // Committed: the queue may release the next piece.
  useEffect(() => {
    if (shown) ticket.current?.done();
  }, [shown]);
  if (shown === null) return <div className="staged-placeholder" style={{ minHeight }} aria-hidden="true" />;
  return <>{stale ? shown.node : children}</>;
}
