import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type Workspace } from '../../../../src/domain/workspace/index';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample = parsed.workspace;
const usSites = sample.sites.filter((s) => s.country === 'US').map((s) => s.id);

/** Actuals: each US site randomised `perSite` patients, spread over Oct 2027 – Jan 2028. */
function withActuals(perSite: number): Workspace {
  const dates = ['2027-10-15', '2027-11-15', '2027-12-15', '2028-01-15'];
  const rows = usSites.flatMap((siteId) =>
    dates.map((date, k) => ({
      siteId,
      date,
      randomised: Math.floor(perSite / dates.length) + (k < perSite % dates.length ? 1 : 0),
    })),
  );
  // The scenarios start from the actuals (scenario.startsFromActuals; issue 13).
  return {
    ...sample,
    scenarios: sample.scenarios.map((sc) => ({ ...sc, startsFromActuals: true })),
    actuals: { asOf: '2028-02-01', rows },
  };
}

describe('re-forecast from actuals', () => {
  const opts = { runs: 2000, seed: 11 };
  const plan = evaluateScenario(sample, 'SCN-USEU', opts);

  it('starts from the actual count at the as-of date and reports it', () => {
    const e = evaluateScenario(withActuals(4), 'SCN-USEU', opts);
    expect(e.actuals?.total).toBe(usSites.length * 4);
    expect(e.actuals?.asOf).toBe('2028-02-01');
    // 2027-02-01 → 2028-02-01 is 12 months of 30.4375 days (365 days)
    expect(e.actuals?.nowMonths).toBeCloseTo(365 / 30.4375, 6);
    for (const p of e.forecast.curve) expect(p.p10).toBeGreaterThanOrEqual(usSites.length * 4);
  });

  it('moves the last-patient-in forecast earlier when sites enrol far faster than planned, later when they enrol nobody', () => {
    const fast = evaluateScenario(withActuals(20), 'SCN-USEU', opts);
    const none = evaluateScenario(withActuals(0), 'SCN-USEU', opts);
    expect(fast.forecast.timeToTarget.p50).toBeLessThan(plan.forecast.timeToTarget.p50);
    expect(none.forecast.timeToTarget.p50).toBeGreaterThan(fast.forecast.timeToTarget.p50);
  });

  it('ignores actuals for sites outside the scenario and says so', () => {
    const ws = withActuals(4);
    ws.actuals?.rows.push({ siteId: 'JP-01', date: '2027-12-01', randomised: 3 });
    const e = evaluateScenario(ws, 'SCN-USEU', opts);
    expect(e.actuals?.ignoredSites).toEqual(['JP-01']);
    expect(e.actuals?.total).toBe(usSites.length * 4);
  });
});
