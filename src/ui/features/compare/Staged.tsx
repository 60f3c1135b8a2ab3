import { useEffect, useState, type ReactNode } from 'react';

/**
 * Mounts its children `delay` macrotasks after it first renders (a placeholder of `minHeight`
 * stands in meanwhile). A screen that mounts a dozen charts at once (Compare: fans, cost, scores,
 * six Gantts) does all of it in one main-thread task; staggered, each chart is its own short task,
 * the text above them shows first and input stays responsive.
 */
export function Staged({
  delay,
  minHeight = 200,
  children,
}: {
  delay: number;
  minHeight?: number;
  children: ReactNode;
}) {
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
  return ready ? (
    <>{children}</>
  ) : (
    <div className="staged-placeholder" style={{ minHeight }} aria-hidden="true" />
  );
}
