import { DAYS_PER_MONTH } from '../../../domain/dates';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartDataTable';
import { PHASE_COLORS } from './chart-theme';

export interface GanttCountry {
  name: string;
  phases: { regulatory: number; ethics: number; ethicsSequential: boolean; gates: number; contract: number; initiation: number };
}

const MONTH = DAYS_PER_MONTH;

/**
 * Start-up Gantt per country, most likely durations: regulatory ∥ ethics (or in sequence),
 * extra gates (import licence, HGRAC), contract & budget, site initiation — in months from the
 * first submission.
 */
export function StartupGantt({ countries, height }: { countries: GanttCountry[]; height?: number }) {
  const data = countries.map((c) => {
    const approval = c.phases.ethicsSequential ? c.phases.regulatory + c.phases.ethics : Math.max(c.phases.regulatory, c.phases.ethics);
    return {
      name: c.name,
      approval: approval / MONTH,
      gates: c.phases.gates / MONTH,
      contract: c.phases.contract / MONTH,
      initiation: c.phases.initiation / MONTH,
      approvalLabel: c.phases.ethicsSequential ? 'ethics then regulator' : 'regulator ∥ ethics',
    };
  });
  const rows = data.map((d) => [d.name, d.approval, d.gates, d.contract, d.initiation, d.approval + d.gates + d.contract + d.initiation]);
  return (
    <ChartFrame
      title="Start-up by country (most likely, months from submission)"
      columns={['Country', 'Approval', 'Gates', 'Contract', 'Initiation', 'Site open']}
      rows={rows}
    >
      <ResponsiveContainer width="100%" height={height ?? Math.max(160, 34 * data.length + 70)}>
        <BarChart data={data} layout="vertical" margin={{ top: 6, right: 24, bottom: 6, left: 8 }}>
          <CartesianGrid stroke="#e6e9ee" horizontal={false} />
          <XAxis type="number" unit=" mo" />
          <YAxis type="category" dataKey="name" width={120} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(1)} months`} />
          <Legend verticalAlign="top" height={26} />
          <Bar dataKey="approval" name="Regulatory & ethics" stackId="s" fill={PHASE_COLORS.approval} isAnimationActive={false} />
          <Bar dataKey="gates" name="Extra gates" stackId="s" fill={PHASE_COLORS.gates} isAnimationActive={false} />
          <Bar dataKey="contract" name="Contract & budget" stackId="s" fill={PHASE_COLORS.contract} isAnimationActive={false} />
          <Bar dataKey="initiation" name="Site initiation" stackId="s" fill={PHASE_COLORS.initiation} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
