import { lazy, Suspense, useMemo } from 'react';
import { formatDateAfterMonths, formatInteger, formatMonthYear } from '../../../domain/format';
import { dateAfterMonths } from '../../../domain/format/dates';
import { ChartFrame } from './ChartDataTable';
import type { FanSeries } from './fan-types';

export type { FanSeries } from './fan-types';

const FanChartLazy = lazy(() => import('./recharts/FanChartR'));

/**
 * Enrollment fan chart: the P10–P90 band and the median of cumulative randomised patients for one
 * or more scenarios, with the target and the deadline marked; actual enrollment, when given, as a
 * black line. The time axis is in calendar months when the first submission date is known.
 */
export function FanChart({
  series,
  target,
  deadlineMonths,
  actuals,
  start,
  height = 320,
  title = 'Enrollment forecast (P10–P90 band, median line)',
}: {
  series: FanSeries[];
  target: number;
  deadlineMonths: number;
  actuals?: { month: number; count: number }[];
  /** First submission (ISO): month offsets are shown as dates. */
  start?: string;
  height?: number;
  title?: string;
}) {
  const monthLabel = useMemo(
    () =>
      start
        ? (m: number) => formatMonthYear(dateAfterMonths(start, m))
        : (m: number) => `Month ${Math.round(m)}`,
    [start],
  );
  const tableRows = series.flatMap((s) =>
    s.curve
      .filter((p) => p.month % 3 === 0)
      .map((p) => [
        s.name,
        start ? formatDateAfterMonths(start, p.month) : p.month,
        formatInteger(p.p10),
        formatInteger(p.p50),
        formatInteger(p.p90),
      ]),
  );
  return (
    <ChartFrame
      title={title}
      columns={['Scenario', start ? 'Date' : 'Month', 'P10', 'P50', 'P90']}
      rows={tableRows}
    >
      <Suspense fallback={<div className="chart-loading" style={{ height }} aria-hidden="true" />}>
        <FanChartLazy
          series={series}
          target={target}
          deadlineMonths={deadlineMonths}
          actuals={actuals}
          monthLabel={monthLabel}
          height={height}
        />
      </Suspense>
    </ChartFrame>
  );
}
