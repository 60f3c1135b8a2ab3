import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { loadSampleWorkspace } from '../../../../src/state/sample';

const AS_OF = '2027-11-15';
const runs = { runs: 300, seed: 5 };

describe('per-site plan with actuals (issue 18, per-site Gantt)', () => {
  it('gives every site its planned activation P10 ≤ P50 ≤ P90 and no actuals when the workspace has none', () => {
    const ws = loadSampleWorkspace();
    const e = evaluateScenario(ws, ws.scenarios[0]!.id, runs);
    expect(e.sites.ids).toHaveLength(e.siteCount);
    for (let i = 0; i < e.siteCount; i++) {
      expect(e.sites.activationP10[i]).toBeLessThanOrEqual(e.sites.activationP50[i]!);
      expect(e.sites.activationP50[i]).toBeLessThanOrEqual(e.sites.activationP90[i]!);
      expect(e.sites.activationP10[i]).toBeGreaterThan(0);
    }
    expect(e.sites.actuals).toBeUndefined();
  });

  it('overlays actual activation (first row) and enrolled to date, against the plan’s pace, computed by hand', () => {
    const ws = loadSampleWorkspace();
    ws.actuals = {
      asOf: AS_OF,
      rows: [
        { siteId: 'US-01', date: '2027-10-15', randomised: 3 },
        { siteId: 'US-01', date: '2027-09-15', randomised: 0 },
        { siteId: 'US-01', date: '2027-11-15', randomised: 5 },
        { siteId: 'DE-01', date: '2027-11-01', randomised: 2 },
      ],
    };
    const e = evaluateScenario(ws, ws.scenarios[0]!.id, runs);
    const a = e.sites.actuals!;
    expect(a.asOf).toBe(AS_OF);
    const submission = Date.parse(`${ws.study.plannedFirstSubmission}T00:00:00Z`);
    const months = (d: string) => (Date.parse(`${d}T00:00:00Z`) - submission) / 86_400_000 / (365.25 / 12);
    const us = e.sites.ids.indexOf('US-01');
    const de = e.sites.ids.indexOf('DE-01');
    const other = e.sites.ids.findIndex((id) => id !== 'US-01' && id !== 'DE-01');
    expect(a.activatedAt[us]).toBeCloseTo(months('2027-09-15'), 6); // the earliest row, not the first listed
    expect(a.enrolled[us]).toBe(8);
    expect(a.activatedAt[de]).toBeCloseTo(months('2027-11-01'), 6);
    expect(a.enrolled[de]).toBe(2);
    expect(Number.isNaN(a.activatedAt[other]!)).toBe(true);
    expect(a.enrolled[other]).toBe(0);
    expect(a.asOfMonths).toBeCloseTo(months(AS_OF), 6);
    // Planned by the as-of date: prior mean rate × months open after the planned P50 activation.
    const open = Math.max(0, a.asOfMonths - e.sites.activationP50[us]!);
    expect(a.plannedEnrolled[us]! / Math.max(open, 1e-9)).toBeGreaterThan(0);
    if (open > 0) expect(a.plannedEnrolled[us]).toBeGreaterThan(0);
    else expect(a.plannedEnrolled[us]).toBe(0);
  });
});
