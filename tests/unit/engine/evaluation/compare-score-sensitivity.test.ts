import { describe, expect, it } from 'vitest';
import sampleFile from '../../../../data/sample-workspace.json';
import { parseWorkspaceFile, type Workspace } from '../../../../src/domain/workspace/index';
import { compareScenarios } from '../../../../src/engine/evaluation/compare';
import { scoreCompared } from '../../../../src/engine/evaluation/score-scenarios';
import { scenarioSensitivity } from '../../../../src/engine/evaluation/sensitivity';

const parsed = parseWorkspaceFile(JSON.stringify(sampleFile));
if (!parsed.ok) throw new Error('sample invalid');
const sample: Workspace = parsed.workspace;
const [usEu, globalPlan] = sample.scenarios.map((s) => s.id) as [string, string];
const RUNS = { runs: 800, seed: 7 };

describe('compareScenarios', () => {
  it('uses common random numbers: a scenario compared twice gives identical numbers', () => {
    const [a, b] = compareScenarios(sample, [globalPlan, globalPlan], RUNS);
    expect(a!.evaluation.forecast.timeToTarget).toEqual(b!.evaluation.forecast.timeToTarget);
    expect(a!.markets).toEqual(b!.markets);
  });

  it("one scenario's numbers do not depend on which others it is compared with", () => {
    const alone = compareScenarios(sample, [globalPlan], RUNS)[0]!;
    const withOther = compareScenarios(sample, [usEu, globalPlan], RUNS)[1]!;
    expect(withOther.evaluation.forecast.timeToTarget).toEqual(alone.evaluation.forecast.timeToTarget);
  });

  it('keeps the order asked for and refuses an unknown scenario', () => {
    const result = compareScenarios(sample, [globalPlan, usEu], RUNS);
    expect(result.map((r) => r.evaluation.scenarioId)).toEqual([globalPlan, usEu]);
    expect(() => compareScenarios(sample, ['no-such-scenario'], RUNS)).toThrow();
  });
});

describe('scoreCompared', () => {
  const compared = compareScenarios(sample, [usEu, globalPlan], RUNS);

  it('ranks 1..n by composite, and the composite is the weight-normalised sum of the four scores', () => {
    const scores = scoreCompared(sample, compared);
    const w = sample.settings.scoreWeights;
    const total = w.speed + w.cost + w.feasibility + w.regional;
    for (const s of scores) {
      const byHand =
        (w.speed * s.speed.score +
          w.cost * s.cost.score +
          w.feasibility * s.feasibility.score +
          w.regional * s.regional.score) /
        total;
      expect(s.composite.score).toBeCloseTo(byHand, 6);
    }
    const byComposite = [...scores].sort((a, b) => b.composite.score - a.composite.score);
    expect(byComposite.map((s) => s.rank)).toEqual([1, 2]);
  });

  it('with all weight on speed, the scenario with the earlier median LPI ranks first', () => {
    const speedOnly: Workspace = {
      ...sample,
      settings: { ...sample.settings, scoreWeights: { speed: 100, cost: 0, feasibility: 0, regional: 0 } },
    };
    const scores = scoreCompared(speedOnly, compared);
    const earlier = [...compared].sort(
      (a, b) => a.evaluation.forecast.timeToTarget.p50 - b.evaluation.forecast.timeToTarget.p50,
    )[0]!;
    expect(scores.find((s) => s.rank === 1)?.id).toBe(earlier.evaluation.scenarioId);
  });

  it('returns nothing for nothing', () => {
    expect(scoreCompared(sample, [])).toEqual([]);
  });
});

describe('scenarioSensitivity', () => {
  const result = scenarioSensitivity(sample, globalPlan, { runs: 300, seed: 11 });
  const bar = (metric: string, match: RegExp) => result.bars[metric]!.find((b) => match.test(b.parameterId));

  it('evaluates the base and both ends of every parameter once', () => {
    const parameters = result.bars[result.metrics[0]!]!.length;
    expect(result.evaluations).toBe(1 + 2 * parameters);
  });

  it('moves the metrics in the direction the model implies', () => {
    // A higher recruitment multiplier enrols faster: the median LPI cannot be later.
    const recruitment = bar('lastPatientInP50', /recruitmentMultiplier/);
    expect(recruitment).toBeDefined();
    expect(recruitment!.metricAtHigh).toBeLessThanOrEqual(recruitment!.metricAtLow);
    // More screen failures cost more screening visits: the expected cost cannot fall.
    const screening = bar('expectedCost', /screenFailureRate/);
    expect(screening!.metricAtHigh).toBeGreaterThan(screening!.metricAtLow);
  });

  it('sorts bars by swing, largest first', () => {
    for (const metric of result.metrics) {
      const swings = result.bars[metric]!.map((b) => b.swing).filter((s) => Number.isFinite(s));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    }
  });
});
