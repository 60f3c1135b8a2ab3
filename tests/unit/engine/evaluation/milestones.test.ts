import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type Workspace } from '../../../../src/domain/workspace/index';
import { eventModelOf, expectedEventsFromRuns } from '../../../../src/engine/events';
import { forecast } from '../../../../src/engine/forecast';
import { buildScenarioModel } from '../../../../src/engine/evaluation/build-model';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { outcomeOf } from '../../../../src/engine/evaluation/outcome';

function sample(): Workspace {
  const parsed = parseWorkspaceFile(
    readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.workspace;
}

const RUNS = 1000;

describe('scenario milestones', () => {
  it('event-driven: the six milestones in order, lags added exactly, the trigger where ~508 events are expected', () => {
    const ws = sample();
    const id = ws.scenarios[0]!.id;
    const e = evaluateScenario(ws, id, { runs: RUNS, seed: 5 });
    const m = e.milestones!;
    expect(m.milestones.map((x) => x.id)).toEqual([
      'firstSiteActivated',
      'firstPatientIn',
      'lastPatientIn',
      'analysisTrigger',
      'databaseLock',
      'topline',
    ]);
    const p50 = m.milestones.map((x) => x.months.p50);
    for (let i = 1; i < p50.length; i++) expect(p50[i]!).toBeGreaterThanOrEqual(p50[i - 1]!);
    const [, , lpi, trigger, lock, topline] = m.milestones;
    expect(lpi!.months.p50).toBeCloseTo(e.forecast.timeToTarget.p50, 6);
    expect(lock!.months.p50 - trigger!.months.p50).toBeCloseTo(ws.study.endpoint.dbLockLagMonths, 9);
    expect(topline!.months.p90 - trigger!.months.p90).toBeCloseTo(
      ws.study.endpoint.dbLockLagMonths + ws.study.endpoint.toplineLagMonths,
      9,
    );
    expect(trigger!.label).toBe('508 events');
    expect(topline!.dates.p50).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Independent of the per-patient simulation: the closed-form expected events (averaged over the
    // same scenario's enrollment runs) at the simulated median trigger month is close to 508.
    const model = buildScenarioModel(ws, id);
    const sites = model.sites.length;
    const collect = {
      lpiMonths: new Float64Array(RUNS),
      activationMonths: new Float32Array(RUNS * sites),
      siteRates: new Float32Array(RUNS * sites),
    };
    forecast(model.forecastInput, { method: 'monte-carlo', runs: RUNS, seed: 5, collect });
    const [expected] = expectedEventsFromRuns(
      eventModelOf(ws.study.endpoint),
      600,
      { runs: RUNS, sites, ...collect },
      [trigger!.months.p50],
    );
    expect(Math.abs(expected! - 508) / 508).toBeLessThan(0.02);
  });

  it('enrollment-driven: end of follow-up is LPI + F in every quantile; scoring on topline uses topline', () => {
    const ws = sample();
    ws.study.endpoint = {
      ...ws.study.endpoint,
      kind: 'enrollment',
      followUpMonths: 12,
      scoreOn: 'topline',
      readoutDeadline: '2031-06-30',
    };
    const id = ws.scenarios[0]!.id;
    const e = evaluateScenario(ws, id, { runs: RUNS, seed: 5 });
    const m = e.milestones!;
    const lpi = m.milestones[2]!.months;
    const fu = m.milestones[3]!.months;
    expect(fu.p10 - lpi.p10).toBeCloseTo(12, 9);
    expect(fu.p90 - lpi.p90).toBeCloseTo(12, 9);
    expect(m.milestones[3]!.label).toBe('End of follow-up (12 months)');
    expect(m.scoring.milestone).toBe('topline');
    const topline = m.milestones[5]!.months;
    const outcome = outcomeOf(e, undefined);
    expect(outcome.lastPatientInP50).toBeCloseTo(topline.p50, 9);
    const share =
      Array.from(m.toplineMonths).filter((t) => t <= m.scoring.deadlineMonths).length /
      m.toplineMonths.length;
    expect(outcome.pReachByDeadline).toBeCloseTo(share, 12);
  });
});
