import { describe, expect, it } from 'vitest';
import { formatDateAfterMonths } from '../../../../src/domain/format';
import { buildDeckModel, fanChart } from '../../../../src/io/deck/deck-model';
import { buildReportModel } from '../../../../src/io/deck/report-model';
import { context, global, usOnly, workspace } from './fixtures';

describe('deck model', () => {
  it('has title, executive summary, one slide per scenario, comparison and risks & assumptions', () => {
    // Given two scenarios
    const deck = buildDeckModel(buildReportModel(workspace, [usOnly, global], context));
    // Then six slides in this order
    expect(deck.slides.map((s) => s.kind)).toEqual([
      'title',
      'summary',
      'scenario',
      'scenario',
      'comparison',
      'requirements',
      'risks',
    ]);
    expect(deck.slides[2]?.title).toBe('Scenario: US + EU only');
    expect(deck.slides[3]?.title).toBe('Scenario: Global');
    // And a single scenario has no comparison slide
    const single = buildDeckModel(buildReportModel(workspace, [global], context));
    expect(single.slides.map((s) => s.kind)).toEqual([
      'title',
      'summary',
      'scenario',
      'requirements',
      'risks',
    ]);
  });

  it('puts the headline numbers on the summary and scenario slides', () => {
    const deck = buildDeckModel(buildReportModel(workspace, [usOnly, global], context));
    const summary = deck.slides[1];
    const d = (m: number) => formatDateAfterMonths(workspace.study.plannedFirstSubmission, m);
    expect(summary?.table?.header).toEqual([
      'Scenario',
      'Countries',
      'Sites',
      'LPI P50',
      'LPI P10–P90',
      'P(by deadline)',
      'Expected cost',
    ]);
    expect(summary?.table?.rows).toEqual([
      ['US + EU only', '2', '30', d(43.4), `${d(40.4)} – ${d(47.4)}`, '2%', 'not computed'],
      ['Global', '3', '26', d(30.1), `${d(27.1)} – ${d(34.1)}`, '65%', 'USD 16.8M'],
    ]);
    expect(summary?.table?.rows[0]?.[3]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(summary?.bullets).toContain('Most likely to meet the 31 Aug 2029 deadline: Global (65%).');
    const globalSlide = deck.slides[3];
    expect(globalSlide?.bullets).toEqual(
      expect.arrayContaining([
        `Last patient in ${d(30.1)} (P50; 30.1 months from first submission); P10–P90 ${d(27.1)} – ${d(34.1)}`,
        '65% probability of reaching the target by the deadline (31 Aug 2029)',
        'Expected cost USD 16.8M (P10–P90 USD 15.9M – USD 17.9M)',
        'Japan (PMDA): 20.0% of patients expected, 15.0% required',
      ]),
    );
  });

  it('leads with the topline date in an event-driven study, LPI beside it (issue #18: the decision, not enrollment)', () => {
    const d = (m: number) => formatDateAfterMonths(workspace.study.plannedFirstSubmission, m);
    const topline = (id: string, p50: number) => ({
      kind: 'events',
      milestones: [
        {
          id: 'topline',
          label: 'Topline results',
          months: { mean: p50, p10: p50 - 2, p50, p90: p50 + 3 },
          dates: { p10: null, p50: null, p90: null },
        },
      ],
      scoring: { milestone: 'topline', deadlineMonths: 60, p50, p90: p50 + 3, pByDeadline: 0.5 },
      toplineMonths: new Float64Array(0),
      id,
    });
    const events = [
      { ...usOnly, milestones: topline('a', 58) },
      { ...global, milestones: topline('b', 50) },
    ] as unknown as (typeof usOnly)[];
    const deck = buildDeckModel(buildReportModel(workspace, events, context));
    const table = deck.slides[1]?.table;
    expect(table?.header.slice(3, 6)).toEqual(['Topline results P50', 'Topline results P10–P90', 'LPI P50']);
    expect(table?.rows[1]?.slice(3, 6)).toEqual([d(50), `${d(48)} – ${d(53)}`, d(30.1)]);
    expect(deck.slides[3]?.bullets[0]).toBe(`Topline results ${d(50)} (P50); P10–P90 ${d(48)} – ${d(53)}`);
  });

  it('draws the fan as native P10/P50/P90 lines with the target, thinned to at most 40 points', () => {
    // Given a 41-month curve whose median is 20 × (month − 5), P10 0.8× and P90 1.2×
    const report = buildReportModel(workspace, [global], context);
    const chart = fanChart(report.scenarios[0]!, 600);
    // Then every second month is kept (0, 2, …, 40) and values are the curve's
    expect(chart.kind).toBe('line');
    expect(chart.categories).toEqual(Array.from({ length: 21 }, (_, i) => String(2 * i)));
    expect(chart.series.map((s) => s.name)).toEqual(['P10', 'P50', 'P90', 'Target']);
    expect(chart.series[1]?.values[5]).toBe(100); // month 10: 20 × 5
    expect(chart.series[0]?.values[5]).toBe(80);
    expect(chart.series[2]?.values[5]).toBe(120);
    expect(new Set(chart.series[3]?.values)).toEqual(new Set([600]));
  });

  it('charts cost by category and by country when there is a cost, else patients by country', () => {
    const deck = buildDeckModel(buildReportModel(workspace, [usOnly, global], context));
    const [usSlide, globalSlide, comparison] = [deck.slides[2], deck.slides[3], deck.slides[4]];
    expect(usSlide?.charts.map((c) => c.title)).toEqual([
      expect.stringContaining('Cumulative randomised'),
      'Expected randomised patients by country',
    ]);
    expect(usSlide?.charts[1]?.series[0]?.values).toEqual([400, 200]);
    const [, byCategory, byCountry] = globalSlide?.charts ?? [];
    expect(byCategory).toMatchObject({
      kind: 'bar',
      categories: ['Site start-up', 'Patient visits: treatment', 'Monitoring', 'Incentives (refund)'],
    });
    expect(byCategory?.series[0]?.values).toEqual([600_000, 7_000_000, 3_000_000, -200_000]);
    expect(byCountry?.categories).toEqual(['United States', 'Japan', 'China']);
    // Comparison: months P10/P50/P90 per scenario; no cost chart because one scenario has no cost
    expect(comparison?.charts).toHaveLength(1);
    expect(comparison?.charts[0]?.series.map((s) => s.values)).toEqual([
      [40.4, 27.1],
      [43.4, 30.1],
      [47.4, 34.1],
    ]);
  });

  it('gives every slide speaker notes, listing the sources and the seed', () => {
    const deck = buildDeckModel(buildReportModel(workspace, [usOnly, global], context));
    for (const slide of deck.slides) expect(slide.notes).toContain('seed 42');
    for (const slide of deck.slides.slice(1))
      expect(slide.notes).toContain('JCRN survey 2024 (as of 2025-06)');
    expect(deck.slides.at(-1)?.notes).toMatch(
      /^Sources of the reference values:\n• JCRN survey 2024 \(as of 2025-06\)\n• Unsourced/,
    );
  });
});
