export interface BarSeries {
  name: string;
  color: string;
  opacity?: number;
}

/** One category: its label and, per series (same order), a length from 0, a [from, to] range, or nothing. */
export interface BarRow {
  label: string;
  values: (number | readonly [number, number] | null | undefined)[];
}

export interface BarChartProps {
  rows: BarRow[];
  series: BarSeries[];
  /** 'horizontal': categories down the left, bars grow to the right; 'vertical': categories along the bottom. */
  orientation: 'horizontal' | 'vertical';
  stacked?: boolean;
  height: number;
  /** Appended to value-axis ticks (" mo", "M", "%"). */
  unit?: string;
  /** A fixed value range (e.g. scores 0–100). */
  domain?: readonly [number, number];
  /** Explicit value-axis ticks (e.g. month offsets that fall on calendar quarters). */
  ticks?: number[];
  /** Value-axis tick labels (e.g. months → "Sep 2030"); default the number and `unit`. */
  tickFormat?: (value: number) => string;
  /** Width of the category labels in a horizontal chart (px). */
  categoryWidth?: number;
  /** Thickness of each bar (px). */
  barSize?: number;
  legend?: 'top' | 'bottom' | false;
  /** A line at value 0 (diverging bars). */
  zeroLine?: boolean;
  /** Values in the tooltip. */
  format: (value: number) => string;
}
