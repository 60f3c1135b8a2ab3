// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH } from '../../../src/domain/dates';
import { FanChart } from '../../../src/ui/components/charts/FanChart';
import { StartupGantt } from '../../../src/ui/components/charts/StartupGantt';
import { TornadoChart } from '../../../src/ui/components/charts/TornadoChart';

// happy-dom does no layout: give every element a 600 px width, as a chart column would have.
const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 }));
afterAll(() => width && Object.defineProperty(HTMLElement.prototype, 'clientWidth', width));
afterEach(cleanup);

const svg = (c: HTMLElement) => c.querySelector('svg.chart-svg__canvas')!;
const texts = (c: HTMLElement) => [...svg(c).querySelectorAll('text')].map((t) => t.textContent);
const bars = (c: HTMLElement) => [...svg(c).querySelectorAll('rect[fill]')].filter((r) => r.getAttribute('fill') !== 'transparent');
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

const days = (months: number) => months * DAYS_PER_MONTH;
const gantt = [
  { name: 'Japan', phases: { regulatory: days(4), ethics: days(2), ethicsSequential: false, gates: 0, contract: days(3), initiation: days(1) } },
  { name: 'China', phases: { regulatory: days(2), ethics: days(1), ethicsSequential: true, gates: days(2), contract: days(2), initiation: days(1) } },
];

describe('StartupGantt', () => {
  it('stacks each country’s phases from 0 in months, on a nice axis, with a legend', () => {
    // Given Japan (4 + 0 + 3 + 1 = 8 months) and China (2+1 in sequence, 2, 2, 1 = 8 months)
    const { container } = render(<StartupGantt countries={gantt} />);
    // Then both countries are labelled and the axis runs 0–8 months in whole months
    expect(texts(container)).toEqual(expect.arrayContaining(['Japan', 'China', '0 mo', '8 mo']));
    // And 7 bars are drawn (Japan has no extra gates), the last ones ending at the axis end
    const drawn = bars(container);
    expect(drawn).toHaveLength(7);
    const ends = drawn.map((r) => num(r, 'x') + num(r, 'width'));
    expect(Math.max(...ends)).toBeCloseTo(600 - 24, 6);
    // And each phase of Japan is proportional to its months (3 months of contract = 3/8 of the plot)
    const plot = 600 - 24 - (8 + 120);
    const japanContract = drawn.find((r) => r.getAttribute('fill') === '#E69F00')!;
    expect(num(japanContract, 'width')).toBeCloseTo((3 / 8) * plot, 6);
    expect(screen.getByText('Contract & budget')).toBeTruthy();
  });

  it('shows a country’s phases on hover', () => {
    const { container } = render(<StartupGantt countries={gantt} />);
    const overlay = svg(container).querySelector('rect[fill="transparent"]')!;
    // When the pointer is over the lower half of the plot (China's row)
    fireEvent.mouseMove(overlay, { clientX: 300, clientY: num(overlay, 'y') + num(overlay, 'height') * 0.75 });
    // Then the tooltip names China with its contract duration
    const tip = container.querySelector('.chart-tooltip')!;
    expect(tip.textContent).toContain('China');
    expect(tip.textContent).toContain('Contract & budget2.0 months');
    fireEvent.mouseLeave(overlay);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });
});

describe('FanChart', () => {
  const curve = Array.from({ length: 25 }, (_, m) => ({ month: m, mean: 40 * m, p10: 30 * m, p50: 40 * m, p90: 50 * m }));

  it('draws a band and a median per scenario, the target and the deadline', () => {
    const { container } = render(<FanChart series={[{ id: 'a', name: 'A', curve }, { id: 'b', name: 'B', curve }]} target={1000} deadlineMonths={18} actuals={[{ month: 0, count: 0 }, { month: 3, count: 90 }]} />);
    const paths = [...svg(container).querySelectorAll('path')];
    // Two closed bands, two medians and the actuals line
    expect(paths.filter((p) => p.getAttribute('d')!.endsWith('Z'))).toHaveLength(2);
    expect(paths).toHaveLength(5);
    expect(texts(container)).toEqual(expect.arrayContaining(['Target 1,000', 'Deadline', 'Months from first submission', 'Randomised', '1,200']));
    expect(screen.getByText('Actual')).toBeTruthy();
  });

  it('leaves out a deadline beyond the curve', () => {
    const { container } = render(<FanChart series={[{ id: 'a', name: 'A', curve }]} target={500} deadlineMonths={40} />);
    expect(texts(container)).not.toContain('Deadline');
  });
});

describe('TornadoChart', () => {
  it('draws low and high swings either side of zero, largest first', () => {
    const bars2 = [
      { key: 'a', label: 'Contract', low: 1, high: 2, unit: 'x', deltaLow: -0.5, deltaHigh: 0.6, swing: 1.1 },
      { key: 'b', label: 'Ethics', low: 1, high: 2, unit: 'x', deltaLow: 0.2, deltaHigh: -0.1, swing: 0.3 },
    ];
    const { container } = render(<TornadoChart title="T" bars={bars2 as never} unit="mo" />);
    const drawn = bars(container);
    expect(drawn).toHaveLength(4);
    const zero = num(svg(container).querySelector('line[stroke="#5b6675"]')!, 'x1');
    // Contract at its low end moves left of zero, at its high end right of it
    const [contractLow, contractHigh] = drawn;
    expect(num(contractLow!, 'x') + num(contractLow!, 'width')).toBeCloseTo(zero, 6);
    expect(num(contractHigh!, 'x')).toBeCloseTo(zero, 6);
    expect(texts(container)).toEqual(expect.arrayContaining(['Contract', 'Ethics', '-0.6 mo', '0.6 mo']));
  });
});
