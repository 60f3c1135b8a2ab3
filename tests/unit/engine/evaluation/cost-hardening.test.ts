import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { loadSampleWorkspace } from '../../../../src/state/sample';

/** Issue #14 defect 6: cost stays finite and explained when the target cannot be reached or the deadline is near. */
describe('cost when the forecast does not reach the target', () => {
  it('caps summing below the target give a finite cost and say why', { timeout: 60_000 }, () => {
    const ws = loadSampleWorkspace();
    const scenario = ws.scenarios[0]!;
    for (const c of scenario.countries) c.cap = 5;
    const e = evaluateScenario(ws, scenario.id, { runs: 300 });
    const cost = e.cost!;
    for (const v of [cost.expectedTotal, cost.p10, cost.p50, cost.p90, cost.expectedPerRandomisedPatient])
      expect(Number.isFinite(v)).toBe(true);
    expect(cost.expectedTotal).toBeGreaterThan(1e6);
    // patients: each of the 7 countries enrols its cap of 5
    expect(Object.values(cost.expectedByCountry).every(Number.isFinite)).toBe(true);
    expect(e.warnings.join('\n')).toMatch(
      /caps add up to 35 patients, below the target of \d+: the target cannot be reached/,
    );
    expect(e.warnings.join('\n')).toMatch(/patient costs assume each capped country enrols up to its cap/);
    expect(e.warnings.join('\n')).toMatch(
      /In every Monte Carlo run the target was not reached within the cost horizon/,
    );
  });

  it(
    'a deadline one day after submission does not cut the cost (13.7M → 6.2M before)',
    { timeout: 60_000 },
    () => {
      const normal = loadSampleWorkspace();
      const near = loadSampleWorkspace();
      near.study.enrollmentDeadline = '2027-03-02';
      near.study.plannedFirstSubmission = '2027-03-01';
      normal.study.plannedFirstSubmission = '2027-03-01';
      const id = normal.scenarios[0]!.id;
      const a = evaluateScenario(normal, id, { runs: 300 }).cost!;
      const b = evaluateScenario(near, id, { runs: 300 });
      expect(b.cost!.expectedTotal / a.expectedTotal).toBeGreaterThan(0.9);
      expect(b.cost!.runsCutAtHorizon).toBe(0);
    },
  );
});
