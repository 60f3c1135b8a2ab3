import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MarketShareReport } from '../../../engine/scenario-optimizer/index';
import { pct } from './format';

/** Required vs expected share per filing market, the expected bar with its P10–P90 whisker. */
export function ShareChart({ markets }: { markets: MarketShareReport[] }) {
  const data = markets.map((m) => ({
    name: m.label,
    required: m.requiredShare * 100,
    expected: m.expectedShare * 100,
    // ErrorBar takes offsets below and above the bar's value.
    range: [Math.max(0, m.expectedShare - m.p10) * 100, Math.max(0, m.p90 - m.expectedShare) * 100],
  }));
  return (
    <figure className="share-chart" aria-label="Required and expected share by filing market">
      <ResponsiveContainer width="100%" height={90 + markets.length * 34}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e6e9ee" horizontal={false} />
          <XAxis type="number" unit="%" domain={[0, (max: number) => Math.min(100, Math.ceil((max + 5) / 10) * 10)]} />
          <YAxis type="category" dataKey="name" width={120} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? '' : `${Number(v).toFixed(1)}%`)} />
          <Legend verticalAlign="top" height={24} />
          <Bar dataKey="required" name="Required share" fill="#b9c3d1" barSize={10} isAnimationActive={false} />
          <Bar dataKey="expected" name="Expected share (P10–P90)" fill="#1f5fbf" barSize={10} isAnimationActive={false}>
            <ErrorBar dataKey="range" width={5} stroke="#1c2430" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{markets.map((m) => `${m.label}: required ${pct(m.requiredShare)}, expected ${pct(m.expectedShare)}`).join('; ')}</figcaption>
    </figure>
  );
}
