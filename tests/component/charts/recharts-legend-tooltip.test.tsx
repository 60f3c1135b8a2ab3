// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import BarChartR from '../../../src/ui/components/charts/recharts/BarChartR';
import FanChartR from '../../../src/ui/components/charts/recharts/FanChartR';

// happy-dom lays nothing out: give every element a width so the charts draw.
const widthDescriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (widthDescriptor) Object.defineProperty(HTMLElement.prototype, 'clientWidth', widthDescriptor);
});
afterEach(cleanup);

const bars = () => (
  <BarChartR
    rows={[
      { label: 'US + EU', values: [10, 5] },
      { label: 'Global', values: [8, 7] },
    ]}
    series={[
      { name: 'United States', color: '#0072B2' },
      { name: 'Germany', color: '#E69F00' },
    ]}
    orientation="vertical"
    stacked
    height={240}
    format={(v) => String(v)}
  />
);

describe('recharts charts: HTML legend, tooltip on first hover (issue 18, scale test)', () => {
  it('a bar chart draws its legend as HTML, not with recharts Legend', () => {
    const { container } = render(bars());
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    const legend = container.querySelector('ul.chart-legend');
    expect(legend?.textContent).toContain('United States');
    expect(legend?.textContent).toContain('Germany');
    expect(container.querySelector('.recharts-legend-wrapper')).toBeNull();
  });

  it('mounts the recharts Tooltip only once the pointer has entered the chart', () => {
    const { container } = render(bars());
    expect(container.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    fireEvent.pointerEnter(container.querySelector('.chart-svg')!);
    expect(container.querySelector('.recharts-tooltip-wrapper')).not.toBeNull();
  });

  it('a fan chart has one legend entry per scenario (median over its band) and one for actuals', () => {
    const curve = [0, 1, 2].map((month) => ({ month, mean: month, p10: month, p50: month, p90: month + 1 }));
    const { container } = render(
      <FanChartR
        series={[
          { id: 'a', name: 'US + EU', curve },
          { id: 'b', name: 'Global', curve },
        ]}
        target={3}
        deadlineMonths={2}
        actuals={[{ month: 1, count: 1 }]}
        monthLabel={(m) => `M${m}`}
        height={240}
      />,
    );
    const items = [...container.querySelectorAll('ul.chart-legend li')].map((li) => li.textContent);
    expect(items).toEqual(['US + EU (median, P10–P90)', 'Global (median, P10–P90)', 'Actual']);
    expect(container.querySelector('.recharts-legend-wrapper')).toBeNull();
  });
});
