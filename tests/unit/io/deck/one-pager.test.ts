import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/io/deck/report-model';
import { buildOnePagerModel, fanGeometry, pdfSafe } from '../../../../src/io/pdf/one-pager-model';
import { context, global, usOnly, workspace } from './fixtures';

describe('PDF one-pager model', () => {
  it('maps the fan into its box: months across, patients up, target and deadline marked', () => {
    // Given the fixture curve (months 0–40, P50 = 20 × (month − 5), P90 = 1.2 × P50), target 600, deadline 30.9
    const report = buildReportModel(workspace, [global], context);
    const g = fanGeometry(report.scenarios[0]!.curve, 600, 30.9, { x: 10, y: 20, w: 100, h: 50 });
    // Then the scale runs to month 40 and to max(P90 = 840, 1.05 × 600) = 840 patients
    expect(g.maxMonth).toBe(40);
    expect(g.maxPatients).toBeCloseTo(840, 9);
    // Month 20, P50 = 300: x = 10 + 20/40 × 100 = 60; y = 70 − 300/840 × 50 = 52.142857…
    const [x, y] = g.p50[20]!;
    expect(x).toBeCloseTo(60, 9);
    expect(y).toBeCloseTo(52.142857142857, 9);
    expect(g.targetY).toBeCloseTo(70 - (600 / 840) * 50, 9);
    expect(g.deadlineX).toBeCloseTo(10 + (30.9 / 40) * 100, 9);
    // Month 0 sits on the bottom-left corner
    expect(g.p10[0]).toEqual([10, 70]);
  });

  it('has one page per scenario with KPIs, country table and regional notes', () => {
    const model = buildOnePagerModel(buildReportModel(workspace, [usOnly, global], context));
    expect(model.pages).toHaveLength(2);
    const page = model.pages[1]!;
    expect(page.kpis).toEqual([
      { label: 'Target reached (P50)', value: '30.1 months' },
      { label: 'P10 – P90', value: '27.1 months – 34.1 months' },
      { label: 'P(by deadline)', value: '65%' },
      { label: 'First site active (P50)', value: '3.1 months' },
      { label: 'Expected cost', value: 'USD 16.8M' },
    ]);
    expect(page.table.rows[1]).toEqual(['Japan', '6', '120', '20.0%', 'USD 4.8M']);
    expect(page.notes[0]).toBe(
      'Expected cost by category: Site start-up USD 600K; Patient visits: treatment USD 7M; Monitoring USD 3M; Incentives (refund) -USD 200K.',
    );
    expect(page.notes[1]).toBe('Japan (PMDA): 20.0% expected vs 15.0% required — met.');
    expect(page.footer).toContain('seed 42');
  });

  it('replaces characters the PDF base font cannot draw', () => {
    expect(pdfSafe('a ≤ b − c ∥ π – “ok” • 東京')).toBe('a <= b - c || pi – “ok” • ??');
  });
});
