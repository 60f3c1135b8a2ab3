import { useMemo } from 'react';
import { DAYS_PER_MONTH } from '../../../domain/dates';
import type { StartupPhaseDays } from '../../../engine/evaluation/evaluate';
import { formatDateAfterMonths, formatMonths, formatMonthYear } from '../../../domain/format';
import { dateAfterMonths } from '../../../domain/format/dates';
import { ChartFrame } from './ChartDataTable';
import { PHASE_COLORS } from './chart-theme';
import { BarChart } from './LazyCharts';

export interface GanttCountry {
  name: string;
  phases: StartupPhaseDays;
}

const MONTH = DAYS_PER_MONTH;
const PHASES = [
  { name: 'Regulatory & ethics', color: PHASE_COLORS.approval },
  { name: 'Extra gates', color: PHASE_COLORS.gates },
  { name: 'Contract & budget', color: PHASE_COLORS.contract },
  { name: 'Site initiation', color: PHASE_COLORS.initiation },
];

/** Each phase as a [from, to] range in months from submission: regulatory ∥ ethics (or in sequence), gates, contract, initiation. */
export function ganttRanges(c: GanttCountry): [number, number][] {
  const approval = c.phases.ethicsSequential
    ? c.phases.regulatory + c.phases.ethics
    : Math.max(c.phases.regulatory, c.phases.ethics);
  const lengths = [
    approval / MONTH,
    c.phases.gates / MONTH,
    c.phases.contract / MONTH,
    c.phases.initiation / MONTH,
  ];
  let at = 0;
  return lengths.map((l) => [at, (at += l)]);
}

/**
 * Start-up Gantt per country as ranged bars, most likely durations: regulatory ∥ ethics (or in
 * sequence), extra gates (import licence, HGRAC), contract & budget, site initiation — on a
 * calendar axis from the first submission (`start`), or in months when no date is known.
 */
export function StartupGantt({
  countries,
  height,
  start,
}: {
  countries: GanttCountry[];
  height?: number;
  start?: string;
}) {
  const ranges = useMemo(() => countries.map((c) => ({ name: c.name, ranges: ganttRanges(c) })), [countries]);
  const label = (m: number) => (start ? formatDateAfterMonths(start, m) : formatMonths(m));
  const rows = ranges.map((d) => [
    d.name,
    ...d.ranges.map(([a, b]) => (b > a ? `${label(a)} – ${label(b)}` : '—')),
    label(d.ranges.at(-1)?.[1] ?? 0),
  ]);
  const chartRows = useMemo(
    () =>
      ranges.map((d) => ({
        label: d.name,
        values: d.ranges.map(([a, b]) => (b > a ? ([a, b] as const) : null)),
      })),
    [ranges],
  );
  return (
    <ChartFrame
      title={
        start
          ? 'Start-up by country (most likely dates)'
          : 'Start-up by country (most likely, months from submission)'
      }
      columns={['Country', 'Approval', 'Gates', 'Contract', 'Initiation', 'First site open']}
      rows={rows}
    >
      <BarChart
        rows={chartRows}
        series={PHASES}
        orientation="horizontal"
        stacked
        height={height ?? Math.max(150, 30 * countries.length + 70)}
        legend="top"
        {...(start
          ? { tickFormat: (m: number) => formatMonthYear(dateAfterMonths(start, m)) }
          : { unit: ' mo' })}
        format={label}
      />
    </ChartFrame>
  );
}
