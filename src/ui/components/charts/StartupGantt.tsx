import { DAYS_PER_MONTH } from '../../../domain/dates';
import { ChartFrame } from './ChartDataTable';
import { PHASE_COLORS } from './chart-theme';
import { BarChartSvg } from './svg/BarChartSvg';

export interface GanttCountry {
  name: string;
  phases: { regulatory: number; ethics: number; ethicsSequential: boolean; gates: number; contract: number; initiation: number };
}

const MONTH = DAYS_PER_MONTH;
const PHASES = [
  { name: 'Regulatory & ethics', color: PHASE_COLORS.approval },
  { name: 'Extra gates', color: PHASE_COLORS.gates },
  { name: 'Contract & budget', color: PHASE_COLORS.contract },
  { name: 'Site initiation', color: PHASE_COLORS.initiation },
];

/**
 * Start-up Gantt per country, most likely durations: regulatory ∥ ethics (or in sequence),
 * extra gates (import licence, HGRAC), contract & budget, site initiation — in months from the
 * first submission.
 */
export function StartupGantt({ countries, height }: { countries: GanttCountry[]; height?: number }) {
  const data = countries.map((c) => {
    const approval = c.phases.ethicsSequential ? c.phases.regulatory + c.phases.ethics : Math.max(c.phases.regulatory, c.phases.ethics);
    return { name: c.name, phases: [approval / MONTH, c.phases.gates / MONTH, c.phases.contract / MONTH, c.phases.initiation / MONTH] };
  });
  const rows = data.map((d) => [d.name, ...d.phases, d.phases.reduce((a, b) => a + b, 0)]);
  return (
    <ChartFrame
      title="Start-up by country (most likely, months from submission)"
      columns={['Country', 'Approval', 'Gates', 'Contract', 'Initiation', 'Site open']}
      rows={rows}
    >
      <BarChartSvg
        rows={data.map((d) => ({ label: d.name, values: d.phases }))}
        series={PHASES}
        orientation="horizontal"
        stacked
        height={height ?? Math.max(130, 34 * data.length + 40)}
        unit=" mo"
        legend="top"
        format={(v) => `${v.toFixed(1)} months`}
      />
    </ChartFrame>
  );
}
