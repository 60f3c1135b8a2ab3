import { formatDateAfterMonths } from '../../../../src/domain/format';
import { describe, expect, it } from 'vitest';
import type { MilestonesResult } from '../../../../src/engine/evaluation/milestones';
import { buildDeckModel } from '../../../../src/io/deck/deck-model';
import { buildReportModel } from '../../../../src/io/deck/report-model';
import { buildOnePagerModel } from '../../../../src/io/pdf/one-pager-model';
import { context, global, workspace } from './fixtures';

const span = (p10: number, p50: number, p90: number) => ({ mean: p50, p10, p50, p90 });
const milestones: MilestonesResult = {
  kind: 'events',
  milestones: [
    {
      id: 'lastPatientIn',
      label: 'Last patient in',
      months: span(27, 30, 34),
      dates: { p10: '2029-05-01', p50: '2029-08-01', p90: '2029-12-01' },
    },
    {
      id: 'topline',
      label: 'Topline results',
      months: span(50, 54, 58),
      dates: { p10: '2031-04-01', p50: '2031-08-01', p90: '2031-12-01' },
    },
  ],
  toplineMonths: new Float64Array(0),
  scoring: { milestone: 'lpi', deadlineMonths: 30, p50: 30, p90: 34, pByDeadline: 0.5 },
};

describe('milestones in the report, deck and PDF', () => {
  it('carries the dates into the report model, a topline line on the scenario slide and a PDF note', () => {
    const withMilestones = { ...global, milestones };
    const report = buildReportModel(workspace, [withMilestones], context);
    expect(report.scenarios[0]!.milestones).toEqual([
      {
        id: 'lastPatientIn',
        label: 'Last patient in',
        p10: '2029-05-01',
        p50: '2029-08-01',
        p90: '2029-12-01',
      },
      { id: 'topline', label: 'Topline results', p10: '2031-04-01', p50: '2031-08-01', p90: '2031-12-01' },
    ]);
    const slide = buildDeckModel(report).slides.find((s) => s.kind === 'scenario');
    // Event-driven: the slide leads with the topline, dated like the PDF and the screens (months after 1 Feb 2027)
    const d = (m: number) => formatDateAfterMonths(workspace.study.plannedFirstSubmission, m);
    expect(slide?.bullets[0]).toBe(`Topline results ${d(54)} (P50); P10–P90 ${d(50)} – ${d(58)}`);
    expect(d(54)).toBe('3 Aug 2031');
    // The study is event-driven: the PDF column leads with the topline (54 months after 1 Feb 2027)
    const kpis = buildOnePagerModel(report).columns[0]!.kpis;
    expect(kpis[0]).toEqual({ label: 'Topline results (P50)', value: '3 Aug 2031' });
  });

  it('says nothing about milestones when the evaluation has none', () => {
    const report = buildReportModel(workspace, [global], context);
    expect(report.scenarios[0]!.milestones).toEqual([]);
    expect(
      buildDeckModel(report)
        .slides.find((s) => s.kind === 'scenario')
        ?.bullets?.some((b) => b.startsWith('Topline')),
    ).toBe(false);
  });
});
