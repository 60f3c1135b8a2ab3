import { lazy, Suspense } from 'react';
import type { BarChartProps } from './bar-types';

/**
 * recharts lives in its own chunk: loaded on first use (or warmed during idle time after the first
 * paint, see warmCharts) so the first screen's JavaScript does not carry it.
 */
const BarChartLazy = lazy(() => import('./recharts/BarChartR'));

export function BarChart(props: BarChartProps) {
  return (
    <Suspense
      fallback={<div className="chart-loading" style={{ height: props.height }} aria-hidden="true" />}
    >
      <BarChartLazy {...props} />
    </Suspense>
  );
}

/** Starts downloading and parsing the chart chunk when the browser is idle (and `alsoWhenIdle` then). */
export function warmCharts(alsoWhenIdle?: () => void): void {
  const load = () => {
    void import('./recharts/BarChartR');
    void import('./recharts/FanChartR');
    alsoWhenIdle?.();
  };
  if (typeof window === 'undefined') return;
  const idle = (
    window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }
  ).requestIdleCallback;
  if (idle) idle(load, { timeout: 4000 });
  else setTimeout(load, 2000);
}
