export interface FanSeries {
  id: string;
  name: string;
  curve: { month: number; mean: number; p10: number; p50: number; p90: number }[];
}

export interface FanChartProps {
  series: FanSeries[];
  target: number;
  deadlineMonths: number;
  actuals?: { month: number; count: number }[] | undefined;
  /** Axis and tooltip label of a month offset (a calendar date when the start is known). */
  monthLabel: (month: number) => string;
}
