import { memo } from 'react';
import type { MarketShareReport } from '../../../engine/optimizer/from-workspace/index';
import { BarChart } from '../../components/charts/LazyCharts';
import { formatShare } from '../../../domain/format';

/**
 * Required vs expected share per filing market, and the P10–P90 range of the share. Memoised: an
 * edit re-renders the panel while the shares are recomputed, and the chart need not redraw then.
 */
export const ShareChart = memo(function ShareChart({ markets }: { markets: MarketShareReport[] }) {
  const max = Math.max(
    0,
    ...markets.flatMap((m) => [m.requiredShare, m.expectedShare, m.p90].map((v) => v * 100)),
  );
  return (
    <figure className="share-chart" aria-label="Required and expected share by filing market">
      <BarChart
        rows={markets.map((m) => ({
          label: m.label,
          // The P10–P90 range is a floating bar.
          values: [m.requiredShare * 100, m.expectedShare * 100, [m.p10 * 100, m.p90 * 100] as const],
        }))}
        series={[
          { name: 'Required share', color: '#BBBBBB' },
          { name: 'Expected share', color: '#0072B2' },
          { name: 'P10–P90', color: '#56B4E9' },
        ]}
        orientation="horizontal"
        height={50 + markets.length * 44}
        domain={[0, Math.min(100, Math.ceil((max + 5) / 10) * 10)]}
        unit="%"
        barSize={10}
        legend="top"
        format={(v) => `${v.toFixed(1)}%`}
      />
      <figcaption className="sr-only">
        {markets
          .map(
            (m) =>
              `${m.label}: required ${formatShare(m.requiredShare)}, expected ${formatShare(m.expectedShare)}`,
          )
          .join('; ')}
      </figcaption>
    </figure>
  );
});
