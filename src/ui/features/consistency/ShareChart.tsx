import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MarketShareReport } from '../../../engine/scenario-optimizer/index';
import { pct } from './format';

/** Required vs expected share per filing market, and the P10–P90 range of the share. */
export function ShareChart({ markets }: { markets: MarketShareReport[] }) {
  const data = markets.map((m) => ({
    name: m.label,
    required: m.requiredShare * 100,
    expected: m.expectedShare * 100,
    // A floating (range) bar from P10 to P90.
    band: [m.p10 * 100, m.p90 * 100],
  }));
  return (
    <figure className="share-chart" aria-label="Required and expected share by filing market">
      <ResponsiveContainer width="100%" height={90 + markets.length * 44}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e6e9ee" horizontal={false} />
          <XAxis type="number" unit="%" domain={[0, (max: number) => Math.min(100, Math.ceil((max + 5) / 10) * 10)]} />
          <YAxis type="category" dataKey="name" width={120} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${Number(v[0]).toFixed(1)}–${Number(v[1]).toFixed(1)}%` : `${Number(v).toFixed(1)}%`)} />
          <Legend verticalAlign="top" height={24} />
          <Bar dataKey="required" name="Required share" fill="#b9c3d1" barSize={10} isAnimationActive={false} />
          <Bar dataKey="expected" name="Expected share" fill="#1f5fbf" barSize={10} isAnimationActive={false} />
          <Bar dataKey="band" name="P10–P90" fill="#9bb6e0" barSize={10} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">{markets.map((m) => `${m.label}: required ${pct(m.requiredShare)}, expected ${pct(m.expectedShare)}`).join('; ')}</figcaption>
    </figure>
  );
}
