import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../src/domain/workspace';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { loadSampleWorkspace } from '../../../../src/state/sample';

/** Issue #19: the budget runs through the primary analysis the study defines. */
describe('cost follow-up from the primary analysis', () => {
  const sample = loadSampleWorkspace();
  const global = sample.scenarios[1]!.id;

  it('an enrollment-driven study with F months of follow-up is costed with exactly F months after LPI', () => {
    const ws: Workspace = structuredClone(sample);
    ws.study.endpoint = { ...ws.study.endpoint, kind: 'enrollment', followUpMonths: 12 };
    delete ws.study.followUpMonths;
    const e = evaluateScenario(ws, global, { runs: 400, seed: 3 });
    expect(e.costScope?.followUpMonths).toBe(12);
    expect(e.costScope?.followUpSource).toMatch(/primary analysis/);
  });

  it('an event-driven study is costed to the median time from LPI to the required events', () => {
    const e = evaluateScenario(sample, global, { runs: 400, seed: 3 });
    expect(sample.study.endpoint.kind).toBe('events');
    const lpi = e.milestones!.milestones.find((m) => m.id === 'lastPatientIn')!.months.p50;
    const events = e.milestones!.milestones.find((m) => m.id === 'analysisTrigger')!.months.p50;
    expect(e.costScope?.followUpMonths).toBeCloseTo(events - lpi, 1);
    expect(e.costScope?.summary).toMatch(/events/);
  });

  it("the study's own follow-up still wins", () => {
    const ws: Workspace = structuredClone(sample);
    ws.study.followUpMonths = 30;
    const e = evaluateScenario(ws, global, { runs: 400, seed: 3 });
    expect(e.costScope?.followUpMonths).toBe(30);
    expect(e.costScope?.followUpSource).toBe('study');
  });
});
