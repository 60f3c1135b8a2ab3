import { addMonthsToDate, daysBetween, DAYS_PER_MONTH, isIsoDate } from '../../domain/dates';
import { formatInteger, formatMonthYear } from '../../domain/format';
import type { ReportScenario } from '../deck/report-model';

/**
 * The enrollment fan of the PDF one-pager as page geometry (millimetres, y grows downwards), with
 * ticks and labels on both axes: calendar dates across (the one date style), patients up. Every
 * column uses the same scales so the scenarios can be compared by eye. Pure, so it is tested
 * without a PDF library.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A tick at page position `at` (x for the date axis, y for the patient axis). */
export interface AxisTick {
  at: number;
  label: string;
}

export interface Axis {
  title: string;
  ticks: AxisTick[];
}

export interface FanChart {
  box: Box;
  xAxis: Axis;
  yAxis: Axis;
  p10: [number, number][];
  p50: [number, number][];
  p90: [number, number][];
  targetY: number;
  /** The enrollment deadline, when it lies on the axis. */
  deadlineX: number | undefined;
}

/** The scales every column shares: months 0 … maxMonth across, 0 … yMax patients up. */
export interface FanScale {
  start: string;
  maxMonth: number;
  yMax: number;
  yStep: number;
}

/** The first of 1, 2, 2.5, 5 × 10^k at least `raw`: round tick steps a reader can add up. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= raw - 1e-9) return m * pow;
  return 10 * pow;
}

/** One scale for all the scenarios on the page: the longest curve or deadline, the highest P90 or 105% of the target. */
export function fanScale(scenarios: ReportScenario[], target: number, start: string): FanScale {
  const months = scenarios.flatMap((s) => [...s.curve.map((p) => p.month), s.deadlineMonths]);
  const maxMonth = Math.max(1, ...months.filter(Number.isFinite));
  const top = Math.max(1, target * 1.05, ...scenarios.flatMap((s) => s.curve.map((p) => p.p90)));
  const yStep = niceStep(top / 4);
  return { start, maxMonth, yMax: Math.ceil(top / yStep - 1e-9) * yStep, yStep };
}

/**
 * Date ticks on 1 January of each year in range (every second year past eight years; also 1 July
 * when the axis spans 30 months or less), placed at their months from the first submission.
 */
export function dateTicks(start: string, maxMonth: number): { month: number; label: string }[] {
  if (!isIsoDate(start)) return [];
  const end = addMonthsToDate(start, maxMonth);
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  const everyYears = last - first > 8 ? 2 : 1;
  const halfYears = maxMonth <= 30;
  const out: { month: number; label: string }[] = [];
  for (let y = first; y <= last + 1; y++) {
    const dates = [
      ...((y - first) % everyYears === 0 ? [`${y}-01-01`] : []),
      ...(halfYears ? [`${y}-07-01`] : []),
    ];
    for (const d of dates) {
      const month = daysBetween(start, d) / DAYS_PER_MONTH;
      if (month >= 0 && month <= maxMonth + 1e-9) out.push({ month, label: formatMonthYear(d) });
    }
  }
  return out;
}

/** The fan of one scenario in `box`, on the shared scale. */
export function fanChart(s: ReportScenario, target: number, scale: FanScale, box: Box): FanChart {
  const x = (m: number) => box.x + (m / scale.maxMonth) * box.w;
  const y = (v: number) => box.y + box.h - (v / scale.yMax) * box.h;
  const line = (key: 'p10' | 'p50' | 'p90') =>
    s.curve.map((p) => [x(p.month), y(Math.min(p[key], scale.yMax))] as [number, number]);
  const yTicks: AxisTick[] = [];
  for (let v = 0; v <= scale.yMax + 1e-9; v += scale.yStep)
    yTicks.push({ at: y(v), label: formatInteger(v) });
  return {
    box,
    xAxis: {
      title: 'Calendar date',
      ticks: dateTicks(scale.start, scale.maxMonth).map((t) => ({ at: x(t.month), label: t.label })),
    },
    yAxis: { title: 'Randomised patients (cumulative)', ticks: yTicks },
    p10: line('p10'),
    p50: line('p50'),
    p90: line('p90'),
    targetY: y(target),
    deadlineX:
      Number.isFinite(s.deadlineMonths) && s.deadlineMonths <= scale.maxMonth
        ? x(s.deadlineMonths)
        : undefined,
  };
}
