import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/main';
import { ARRIVAL_WORK, monteCarloWorkPerRun } from '../../../../src/engine/forecast/index';
import { buildScenarioModel } from '../../../../src/engine/evaluation/build-model';
import {
  FORECAST_SITE_RUNS,
  MIN_BUDGET_RUNS,
  MIN_WORK_RUNS,
  runsWithinWork,
} from '../../../../src/engine/evaluation/run-budget';
import { loadSampleWorkspace } from '../../../../src/state/sample';

/** Issue #14 defect 4: the Monte Carlo budget accounts for the work per run, which with caps grows with the target. */
describe('Monte Carlo work per run', () => {
  it('is one draw per site without caps, plus every capped arrival with caps', () => {
    const ws = loadSampleWorkspace();
    const scenario = ws.scenarios[0]!;
    const plain = buildScenarioModel(ws, scenario.id);
    expect(monteCarloWorkPerRun(plain.forecastInput)).toBe(plain.sites.length);
    ws.study.targetRandomised = 100_000;
    for (const c of scenario.countries) c.cap = 50_000;
    const capped = buildScenarioModel(ws, scenario.id);
    const countries = scenario.countries.length;
    expect(monteCarloWorkPerRun(capped.forecastInput)).toBe(
      capped.sites.length + ARRIVAL_WORK * countries * 50_000,
    );
  });

  it('runs shrink with the work so a capped target of 100,000 no longer keeps 10,000 runs', () => {
    const work = 40 + ARRIVAL_WORK * 7 * 50_000;
    const runs = runsWithinWork(10_000, work, FORECAST_SITE_RUNS);
    expect(runs).toBeLessThan(MIN_BUDGET_RUNS);
    expect(runs).toBeGreaterThanOrEqual(MIN_WORK_RUNS);
    expect(runs * work).toBeLessThanOrEqual(5 * FORECAST_SITE_RUNS);
    expect(runsWithinWork(10_000, 61, FORECAST_SITE_RUNS)).toBe(10_000);
  });

  it('mrct forecast refuses a capped target of 10 million at once instead of ~5 s per run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrct-work-'));
    const spec = join(dir, 'spec.json');
    writeFileSync(
      spec,
      JSON.stringify({
        target: 10_000_000,
        siteGroups: [
          { count: 50, shape: 2, rate: 4, opensAt: 0, countryId: 'US' },
          { count: 50, shape: 2, rate: 4, opensAt: 0, countryId: 'JP' },
        ],
        countryCaps: { US: 9_000_000, JP: 9_000_000 },
      }),
    );
    const err: string[] = [];
    const started = performance.now();
    const code = await main(['forecast', spec], { out: () => undefined, err: (t) => void err.push(t) });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/even 20 runs exceed the work limit/);
  });
});
