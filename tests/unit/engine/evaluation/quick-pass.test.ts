import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { outcomeOf } from '../../../../src/engine/evaluation/outcome';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'), 'sample');
if (!parsed.ok) throw new Error('sample workspace invalid');
const ws = parsed.workspace;

describe('evaluateScenario quick pass (options.quick, issue #17)', () => {
  const id = ws.scenarios[1]!.id;
  const full = evaluateScenario(ws, id, { runs: 600, seed: 5 });
  const quick = evaluateScenario(ws, id, { runs: 600, seed: 5, quick: true });

  it('returns the same forecast, start-up, milestones and cost totals as the full pass', () => {
    expect(quick.forecast).toEqual(full.forecast);
    expect(quick.firstSiteActivated).toEqual(full.firstSiteActivated);
    expect(quick.firstPatientIn).toEqual(full.firstPatientIn);
    expect(quick.milestones).toEqual(full.milestones);
    expect(quick.countries).toEqual(full.countries);
    const { byQuarter: quickQuarters, ...quickCost } = quick.cost!;
    const { byQuarter: fullQuarters, ...fullCost } = full.cost!;
    expect(quickCost).toEqual(fullCost);
    expect(quickQuarters).toEqual([]);
    expect(fullQuarters.length).toBeGreaterThan(4);
  });

  it('leaves concentration to the full pass, and scoring refuses a quick pass', () => {
    expect(full.concentration).toBeDefined();
    expect(quick.concentration).toBeUndefined();
    expect(() => outcomeOf(quick, undefined)).toThrow(/full evaluation/);
  });
});
