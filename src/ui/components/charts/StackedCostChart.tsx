import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';

/** Expected cost of each scenario stacked by country (reporting currency, millions). */
export function StackedCostChart({ scenarios, currency }: { scenarios: { name: string; byCountry: Record<string, number> }[]; currency: string }) {
  const countries = [...new Set(scenarios.flatMap((s) => Object.keys(s.byCountry)))];
  const data = scenarios.map((s) => ({ name: s.name, ...Object.fromEntries(countries.map((c) => [c, (s.byCountry[c] ?? 0) / 1e6])) }));
  const rows = scenarios.flatMap((s) => countries.filter((c) => s.byCountry[c]).map((c) => [s.name, c, (s.byCountry[c] ?? 0) / 1e6]));
  return (
    <ChartFrame title={`Expected cost by country (${currency} millions)`} columns={['Scenario', 'Country', `${currency} M`]} rows={rows}>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e6e9ee" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis unit="M" />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)}M`} />
          <Legend />
          {countries.map((c, i) => (
            <Bar key={c} dataKey={c} stackId="cost" fill={colorAt(i)} fillOpacity={0.55 + 0.45 * ((i % 3) / 2)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
