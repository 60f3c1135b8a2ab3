import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportDecision } from '../../../../src/io/deck/report-model';
import { buildOnePagerModel, pdfSafe } from '../../../../src/io/pdf/one-pager-model';
import { context, evaluation, global, usOnly, workspace } from './fixtures';

const decision: ReportDecision = {
  ranking: [
    {
      id: 'SCN-GLOBAL',
      name: 'Global',
      rank: 1,
      composite: 71.6,
      speed: 80,
      cost: 60,
      feasibility: 70,
      regional: 90,
    },
    {
      id: 'SCN-USEU',
      name: 'US + EU only',
      rank: 2,
      composite: 40.2,
      speed: 20,
      cost: 70,
      feasibility: 50,
      regional: 0,
    },
  ],
  recommendation: [
    'Recommended: Global, ranked first of 2 on the composite score (72 of 100; US + EU only 40).',
    'Its main risk is China’s start-up.',
  ],
  requirements: [
    {
      scenario: 'Global',
      market: 'Japan (PMDA)',
      required: 0.15,
      expected: 0.2,
      probability: 0.82,
      status: 'met',
    },
  ],
};

const third = evaluation({
  id: 'SCN-3',
  name: 'Asia first',
  p50: 28,
  pReach: 0.7,
  countries: [{ iso2: 'JP', name: 'Japan', expected: 600, sites: 30 }],
});
const fourth = evaluation({
  id: 'SCN-4',
  name: 'Fourth',
  p50: 35,
  pReach: 0.4,
  countries: [{ iso2: 'US', name: 'United States', expected: 600, sites: 30 }],
});

describe('PDF one-pager model: the chosen scenarios side by side on one page', () => {
  it('puts the scenarios in columns, the recommended one first, with the recommendation above them', () => {
    const report = { ...buildReportModel(workspace, [usOnly, global], context), decision };
    const model = buildOnePagerModel(report);
    expect(model.columns.map((c) => c.heading)).toEqual(['Global', 'US + EU only']);
    expect(model.columns.map((c) => c.rank)).toEqual(['Rank 1 · score 72', 'Rank 2 · score 40']);
    expect(model.recommendation).toEqual([
      'Recommended: Global, ranked first of 2 on the composite score (72 of 100; US + EU only 40).',
      'Its main risk is China’s start-up.',
    ]);
    // Side by side: the columns share the row, do not overlap and stay inside the landscape page
    const [a, b] = model.columns;
    expect(a!.x + a!.w).toBeLessThan(b!.x);
    expect(b!.x + b!.w).toBeLessThanOrEqual(model.page.width - model.page.margin + 1e-9);
    expect(model.page.width).toBeGreaterThan(model.page.height);
  });

  it('shows dates as dates: LPI P50 and P10–P90 after the planned first submission (1 Feb 2027)', () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [global], context));
    const kpis = Object.fromEntries(model.columns[0]!.kpis.map((k) => [k.label, k.value]));
    // Global: LPI P50 30.1 months, P10 27.1, P90 34.1 (fixture) from 2027-02-01; 30.1 × 30.4375 d = 916.2 d → 916 days → 5 Aug 2029
    expect(kpis['Last patient in (P50)']).toBe('5 Aug 2029');
    expect(kpis['P10–P90']).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2029 – \d{1,2} [A-Z][a-z]{2} 2029$/);
    expect(kpis['P(target by deadline)']).toBe('65%');
    expect(kpis['Cost (P50)']).toBe('USD 16.7M');
    expect(kpis['Sites']).toBe('26 in 3 countries');
    expect(model.subtitle).toContain('by 31 Aug 2029');
    expect(model.subtitle).toContain('first submission 1 Feb 2027');
  });

  it('leads with the topline when the evaluation forecasts it for an event-driven study', () => {
    const span = (p10: number, p50: number, p90: number) => ({ mean: p50, p10, p50, p90 });
    const withTopline = {
      ...global,
      milestones: {
        kind: 'events' as const,
        milestones: [
          {
            id: 'topline' as const,
            label: 'Topline results',
            months: span(50, 54, 58),
            dates: { p10: '2031-04-03', p50: '2031-08-03', p90: '2031-12-02' },
          },
        ],
        toplineMonths: new Float64Array(0),
        scoring: { milestone: 'lpi' as const, deadlineMonths: 30, p50: 30, p90: 34, pByDeadline: 0.5 },
      },
    };
    const kpis = buildOnePagerModel(buildReportModel(workspace, [withTopline], context)).columns[0]!.kpis;
    // 54 months after 1 Feb 2027: 1,643.6 → 1,644 days → 3 Aug 2031 (50 → 3 Apr 2031, 58 → 2 Dec 2031)
    expect(kpis[0]).toEqual({ label: 'Topline results (P50)', value: '3 Aug 2031' });
    expect(kpis[1]).toEqual({ label: 'P10–P90', value: '3 Apr 2031 – 2 Dec 2031' });
    expect(kpis.find((k) => k.label === 'Last patient in (P50)')?.value).toBe('5 Aug 2029');
  });

  it('draws every chart with ticks and labels on both axes, on one scale for all columns', () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [usOnly, global], context));
    for (const c of model.columns) {
      const ch = c.chart;
      // y: P90 peaks at 1.2 × 20 × 35 = 840 patients; a step of 250 (the first of 1, 2, 2.5, 5 × 10^k ≥ 840 / 4) → 0 … 1,000
      expect(ch.yAxis.ticks.map((t) => t.label)).toEqual(['0', '250', '500', '750', '1,000']);
      expect(ch.yAxis.ticks[0]!.at).toBeCloseTo(ch.box.y + ch.box.h, 9);
      expect(ch.yAxis.ticks.at(-1)!.at).toBeCloseTo(ch.box.y, 9);
      expect(ch.yAxis.title).toBe('Randomised patients (cumulative)');
      // x: months 0–40 from 1 Feb 2027 as calendar dates; a tick on each 1 January in range
      expect(ch.xAxis.ticks.map((t) => t.label)).toEqual(['Jan 2028', 'Jan 2029', 'Jan 2030']);
      // 1 Feb 2027 → 1 Jan 2028 is 334 days = 10.973 months of 30.4375 days, of 40
      expect(ch.xAxis.ticks[0]!.at).toBeCloseTo(ch.box.x + (334 / 30.4375 / 40) * ch.box.w, 9);
      expect(ch.xAxis.title).toBe('Calendar date');
      // The target line sits at 600 of 1,000 patients
      expect(ch.targetY).toBeCloseTo(ch.box.y + ch.box.h - 0.6 * ch.box.h, 9);
      // Month 20 of the P50 line (300 patients)
      const [x, y] = ch.p50[20]!;
      expect(x).toBeCloseTo(ch.box.x + 0.5 * ch.box.w, 9);
      expect(y).toBeCloseTo(ch.box.y + ch.box.h - 0.3 * ch.box.h, 9);
    }
  });

  it('takes at most three scenarios and names the ones left out', () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [usOnly, global, third, fourth], context));
    expect(model.columns.map((c) => c.heading)).toEqual(['US + EU only', 'Global', 'Asia first']);
    expect(model.notes.join(' ')).toContain('Fourth');
  });

  it('states the workspace, the date, the seed and whether actuals are included in the footer', () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [usOnly, global], context));
    expect(model.footer).toContain(`Workspace "${workspace.study.name}"`);
    expect(model.footer).toContain('generated 1 May 2026 10:20 UTC');
    expect(model.footer).toContain('seed 42');
    expect(model.footer).toContain('actuals not included');
    const withActuals = buildOnePagerModel(
      buildReportModel(workspace, [{ ...usOnly, actuals: { asOf: '2027-09-30' } } as typeof usOnly], context),
    );
    expect(withActuals.footer).toContain('actuals included (to 30 Sep 2027)');
  });

  it('gives regional requirements per column, with P(met) when the comparison computed it', () => {
    const report = { ...buildReportModel(workspace, [usOnly, global], context), decision };
    const g = buildOnePagerModel(report).columns[0]!;
    expect(g.requirements[0]).toBe('Japan (PMDA) >= 15.0%: met (expected 20.0%, P(met) 82%)');
    const u = buildOnePagerModel(report).columns[1]!;
    expect(u.requirements[0]).toBe('Japan (PMDA) >= 15.0%: not met (expected 0.0%)');
  });

  it('replaces characters the PDF base font cannot draw', () => {
    expect(pdfSafe('a ≤ b − c ∥ π – “ok” • 東京')).toBe('a <= b - c || pi – “ok” • ??');
  });
});
