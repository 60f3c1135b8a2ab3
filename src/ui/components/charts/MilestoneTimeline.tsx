import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { addMonthsToDate } from '../../../domain/dates';
import type { MilestonesResult } from '../../../engine/evaluation/milestones';
import { colorAt } from './chart-theme';
import { ChartLegend } from './ChartLegend';
import { useFirstPointer } from './use-first-pointer';

export interface TimelineScenario {
  id: string;
  name: string;
  milestones: MilestonesResult | undefined;
}

/**
 * Milestone timeline for Compare (issue 19): for each milestone, one floating bar per scenario
 * from P10 to P90 (months from submission, ticks as calendar months). Loaded lazily (recharts is
 * large) by the Compare screen. HTML legend and a tooltip mounted on first hover, as the other
 * recharts charts (see ChartLegend).
 */
export default function MilestoneTimeline({
  scenarios,
  submission,
}: {
  scenarios: TimelineScenario[];
  submission: string;
}) {
  const [hovered, pointerHandlers] = useFirstPointer();
  const legendItems = useMemo(
    () => scenarios.map((s, i) => ({ label: s.name, color: colorAt(i), kind: 'box' as const })),
    [scenarios],
  );
  const rows = scenarios.find((s) => s.milestones)?.milestones?.milestones ?? [];
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const data = rows.map((row, r) => {
    const point: Record<string, unknown> = { label: row.label };
    scenarios.forEach((s, i) => {
      const m = s.milestones?.milestones[r]?.months;
      const lo = m ? finite(m.p10) : null;
      const hi = m ? finite(m.p90) : null;
      point[`s${i}`] = lo !== null && hi !== null ? [lo, Math.max(hi, lo + 0.05)] : null;
    });
    return point;
  });
  const tick = (m: number) => addMonthsToDate(submission, m).slice(0, 7);
  return (
    <figure
      className="chart"
      data-testid="milestone-timeline"
      aria-label="Milestone timeline, P10 to P90 by scenario"
      {...pointerHandlers}
    >
      <figcaption>Milestones: P10–P90 by scenario (calendar month)</figcaption>
      <BarChart
        width={720}
        height={60 + rows.length * 22 * Math.max(1, scenarios.length)}
        data={data}
        layout="vertical"
        margin={{ left: 24, right: 24 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={['dataMin - 1', 'dataMax + 1']} tickFormatter={tick} />
        <YAxis type="category" dataKey="label" width={150} />
        {hovered && (
          <Tooltip
            isAnimationActive={false}
            formatter={(v: unknown) =>
              Array.isArray(v) ? `${tick(Number(v[0]))} – ${tick(Number(v[1]))}` : String(v)
            }
          />
        )}
        {scenarios.map((s, i) => (
          <Bar key={s.id} dataKey={`s${i}`} name={s.name} fill={colorAt(i)} isAnimationActive={false} />
        ))}
      </BarChart>
      <ChartLegend items={legendItems} />
    </figure>
  );
}
