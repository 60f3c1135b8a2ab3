import { useEffect, useState, type ReactNode } from 'react';

/**
 * Mounts its children `delay` macrotasks after it first renders (a placeholder of `minHeight`
 * stands in meanwhile). Charts (recharts) render synchronously through their own store, so a
 * screen that mounts six of them at once is one long main-thread task (~800 ms for Compare on a
 * 60-country workspace); staggered, each chart is its own task and input stays responsive.
 */
export function Staged({ delay, minHeight = 200, children }: { delay: number; minHeight?: number; children: ReactNode }) {
  const [ready, setReady] = useState(delay <= 0);
  useEffect(() => {
    if (ready) return;
    let left = delay;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      left -= 1;
      if (left <= 0) setReady(true);
      else timer = setTimeout(tick, 0);
    };
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [delay, ready]);
  return ready ? <>{children}</> : <div className="staged-placeholder" style={{ minHeight }} aria-hidden="true" />;
}
