import { describe, expect, it } from 'vitest';
import { buildOptimizerSpec } from '../../../../../src/engine/optimizer/from-workspace/index';
import { confirmedMinCostMix } from '../../../../../src/engine/optimizer/solver/confirm';
import { diagnoseMinCost } from '../../../../../src/engine/optimizer/solver/diagnose';
import {
  compileProblem,
  evaluateMix,
  minCostMix,
  optimizerSpecSchema,
} from '../../../../../src/engine/optimizer/solver/index';
import { regionReachable } from '../../../../../src/engine/optimizer/solver/region-reach';
import { loadSampleWorkspace } from '../../../../../src/state/sample';

/**
 * Issue #13 item 9 with a scenario floor: the sample's Global scenario with Brazil ≥ 25% (Min
 * share %), every country offered up to 30 sites (the app's default) or Brazil up to 60. The
 * solve time is bounded as work (branch-and-bound nodes, exact multiply-adds), not by a clock.
 */
function brazilFloorProblem(brazilMax: number) {
  const ws = loadSampleWorkspace();
  ws.scenarios.find((s) => s.id === 'SCN-GLOBAL')!.countries.find((c) => c.iso2 === 'BR')!.minShare = 0.25;
  const countries = ws.countries.map((c) => ({
    iso2: c.iso2,
    minSites: 0,
    maxSites: c.iso2 === 'BR' ? brazilMax : 30,
  }));
  const built = buildOptimizerSpec(ws, {
    countries,
    successProbability: 0.85,
    regionalConfidence: 0.8,
    baseScenarioId: 'SCN-GLOBAL',
  });
  return compileProblem(optimizerSpecSchema.parse(built.spec));
}

describe('optimizer with a Min share % floor: work bound', () => {
  it('proves a floor the country cannot fill infeasible at the root, and says why', () => {
    const p = brazilFloorProblem(30);
    // Before region-reach.ts: 600,002 nodes (both searches hit the app's 300,000 budget), unproven.
    const r = confirmedMinCostMix(p, 0.85, { maxNodes: 300_000 });
    expect(r.sites).toBeNull();
    expect(r.proven).toBe(true);
    expect(r.nodes).toBeLessThanOrEqual(10);
    expect(r.exactChecks).toBe(0);
    const why = diagnoseMinCost(p, 0.85);
    expect(why).toHaveLength(1);
    expect(why[0]).toMatchObject({ constraint: 'region-share', id: 'floor-BR' });
    expect(why[0]!.message).toMatch(/expect 143 patients .* needs about \d{3} expected in total/);
  });

  it("finds and proves the analytic optimum of a floor that can be met within the app's node budget", () => {
    const p = brazilFloorProblem(60);
    // Before region-reach.ts: 300,001 nodes, unproven (same mix). With it: 12,909 nodes on the
    // sample before China's HGR step became a filing (#16), 161,653 after (China opens earlier, so
    // more mixes come close to the floor); the bound keeps a margin under the app's 300,000.
    const r = minCostMix(p, 0.85, { maxNodes: 300_000 });
    expect(r.proven).toBe(true);
    expect(r.nodes).toBeLessThan(200_000);
    const e = evaluateMix(p, r.sites!);
    expect(e.feasible).toBe(true);
    expect(e.regions.find((g) => g.id === 'floor-BR')!.expectedShare).toBeGreaterThanOrEqual(0.25);
  });

  it('spends at most its exact-work budget (plus one check) confirming borderline mixes', () => {
    const p = brazilFloorProblem(60);
    const budget = 1e8;
    const r = confirmedMinCostMix(p, 0.85, { maxNodes: 20_000, exactWork: budget });
    // One check of a ~90-site mix here is ~3e7 multiply-adds; the country tables ~1.4e8 once.
    expect(r.exactWork).toBeLessThanOrEqual(budget + 2e8);
    expect(r.nodes).toBeLessThanOrEqual(2 * 20_000 + 2);
    expect(r.sites).not.toBeNull();
    expect(
      evaluateMix(p, r.sites!).regions.find((g) => g.id === 'floor-BR')!.expectedShare,
    ).toBeGreaterThanOrEqual(0.25);
  });
});

describe('regionReachable (necessary condition for a share with a required total)', () => {
  const reach = { share: 0.25, z: 0, rhoMembers: 1, rhoOthers: 1 };
  it('rejects a region whose maximum is under s × the required total, accepts one above', () => {
    expect(regionReachable(reach, 0, 143, 0, 695)).toBe(false);
    expect(regionReachable(reach, 0, 180, 0, 695)).toBe(true);
  });
  it('is never stricter than a mix that actually meets the share (grid check with z > 0)', () => {
    const r = { share: 0.2, z: 0.8416, rhoMembers: 3, rhoOthers: 5 };
    // Every (A, B) meeting (1−s)A − sB ≥ z·sqrt((1−s)²ρA·A + s²ρB·B) with A + B ≥ M must be reachable.
    for (let a = 0; a <= 400; a += 10)
      for (let b = 0; b <= 1200; b += 20) {
        const m = 600;
        if (a + b < m) continue;
        const meets = 0.8 * a - 0.2 * b >= 0.8416 * Math.sqrt(0.64 * 3 * a + 0.04 * 5 * b);
        if (meets) expect(regionReachable(r, 0, a, 0, m)).toBe(true);
      }
  });
});
