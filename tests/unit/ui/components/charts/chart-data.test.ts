import { describe, expect, it } from 'vitest';
import {
  CHART_COLORS,
  categoryColor,
  groupOthers,
  OTHERS_COLOR,
  OTHERS_LABEL,
} from '../../../../../src/ui/components/charts/chart-theme';
import { thin } from '../../../../../src/ui/components/charts/recharts/FanChartR';
import { ganttRanges } from '../../../../../src/ui/components/charts/StartupGantt';
import { deltaTone } from '../../../../../src/ui/features/compare/comparison-rows';

describe('categorical palette', () => {
  it('has at least 12 distinct colours and a grey for others', () => {
    expect(new Set(CHART_COLORS.map((c) => c.toLowerCase())).size).toBeGreaterThanOrEqual(12);
    expect(categoryColor(OTHERS_LABEL, 0)).toBe(OTHERS_COLOR);
    expect(CHART_COLORS).not.toContain(OTHERS_COLOR);
  });

  it('keeps the largest categories over all series and sums the rest as others, preserving totals', () => {
    const input: Record<string, number>[] = [
      { A: 10, B: 5, C: 0, D: 1, E: 1 },
      { A: 8, C: 20, D: 2, E: 0.5 },
    ];
    const out = groupOthers(input, 2);
    expect(out.categories).toEqual(['C', 'A', OTHERS_LABEL]);
    expect(out.values).toEqual([
      { A: 10, C: 0, [OTHERS_LABEL]: 7 },
      { A: 8, C: 20, [OTHERS_LABEL]: 2.5 },
    ]);
  });

  it('does not make an "others" band for a single leftover category', () => {
    const input = [{ A: 1, B: 2, C: 3 }];
    expect(groupOthers(input, 2).values).toBe(input);
  });

  it('never gives 60 countries more than 12 colours', () => {
    const many = [Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`C${i}`, i + 1]))];
    const out = groupOthers(many);
    expect(out.categories).toHaveLength(CHART_COLORS.length);
    expect(out.categories.at(-1)).toBe(OTHERS_LABEL);
    const total = Object.values(out.values[0]!).reduce((a, b) => a + b, 0);
    expect(total).toBe((60 * 61) / 2);
  });
});

describe('chart data a person can see', () => {
  it('thins a long curve to at most 200 points, keeping the last', () => {
    const pts = Array.from({ length: 10_000 }, (_, i) => i);
    const out = thin(pts);
    expect(out.length).toBeLessThanOrEqual(201);
    expect(out.at(-1)).toBe(9_999);
    expect(thin([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('lays Gantt phases end to end as [from, to] months', () => {
    const r = ganttRanges({
      name: 'JP',
      phases: {
        regulatory: 30.4375 * 2,
        ethics: 30.4375,
        ethicsSequential: false,
        gates: 0,
        contract: 30.4375,
        initiation: 30.4375 / 2,
      },
    });
    expect(r).toEqual([
      [0, 2],
      [2, 2],
      [2, 3],
      [3, 3.5],
    ]);
    const seq = ganttRanges({
      name: 'CN',
      phases: {
        regulatory: 30.4375,
        ethics: 30.4375,
        ethicsSequential: true,
        gates: 30.4375,
        contract: 0,
        initiation: 0,
      },
    });
    expect(seq[0]).toEqual([0, 2]);
    expect(seq[1]).toEqual([2, 3]);
  });
});

describe('better or worse, not bigger or smaller', () => {
  it('colours an earlier date or a lower cost as better and a higher probability as better', () => {
    expect(deltaTone(-2, 'lower')).toBe('better');
    expect(deltaTone(2, 'lower')).toBe('worse');
    expect(deltaTone(0.1, 'higher')).toBe('better');
    expect(deltaTone(-0.1, 'higher')).toBe('worse');
    expect(deltaTone(5, 'neither')).toBe('same');
    expect(deltaTone(0, 'lower')).toBe('same');
    expect(deltaTone(Number.NaN, 'lower')).toBe('same');
  });
});
