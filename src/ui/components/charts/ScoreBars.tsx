import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';

const KEYS = ['speed', 'cost', 'feasibility', 'regional', 'composite'] as const;

/** Sub-scores and composite (0–100) of each scenario, grouped by score. */
export function ScoreBars({ scores }: { scores: { name: string; values: Record<(typeof KEYS)[number], number> }[] }) {
  const data = KEYS.map((k) => ({ score: k, ...Object.fromEntries(scores.map((s) => [s.name, Math.round(s.values[k])])) }));
  const rows = scores.flatMap((s) => KEYS.map((k) => [s.name, k, Math.round(s.values[k])]));
  return (
    <ChartFrame title="Scores (0–100, higher is better)" columns={['Scenario', 'Score', 'Value']} rows={rows}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e6e9ee" vertical={false} />
          <XAxis dataKey="score" />
          <YAxis domain={[0, 100]} />
          <Tooltip />
          <Legend />
          {scores.map((s, i) => (
            <Bar key={s.name} dataKey={s.name} fill={colorAt(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
