import { describe, expect, it } from 'vitest';
import { optimizeCountryMix } from '../../../../../src/engine/optimizer/solver/optimize';
import { compileProblem, evaluateMix } from '../../../../../src/engine/optimizer/solver/model';
import { formatSpecIssues, optimizerSpecSchema } from '../../../../../src/engine/optimizer/solver/spec';
import { allMixes, fourCountrySpec, largeSpec } from './fixtures';

describe('optimizeCountryMix', () => {
  it('returns a feasible mix whose Monte Carlo P(success) confirms the analytic one', () => {
    // Given the 4-country problem with a Japanese share requirement
    const spec = fourCountrySpec({
      regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.1, minProbability: 0.6 }],
    });
    // When optimised with a fixed seed
    const r = optimizeCountryMix(spec, { seed: 5, monteCarloRuns: 20_000 });
    // Then
    expect(r.feasible).toBe(true);
    expect(r.optimality).toBe('proven');
    expect(r.pSuccess!).toBeGreaterThanOrEqual(0.85);
    expect(Math.abs(r.pSuccessMonteCarlo! - r.pSuccess!)).toBeLessThan(0.02);
    expect(r.monteCarloConfirms).toBe(true);
    const japan = r.regions[0]!;
    expect(japan.expectedShare).toBeGreaterThanOrEqual(0.1);
    expect(japan.probability).toBeGreaterThanOrEqual(0.6);
    expect(Math.abs(japan.monteCarloProbability - japan.probability)).toBeLessThan(0.05);
    expect(r.sites!.JP).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const spec = fourCountrySpec();
    expect(optimizeCountryMix(spec, { seed: 3 })).toEqual(optimizeCountryMix(spec, { seed: 3 }));
  });

  it('says how far P(success) falls short when every country at maxSites is not enough', () => {
    const r = optimizeCountryMix(fourCountrySpec({ target: 2000 }));
    expect(r.feasible).toBe(false);
    expect(r.sites).toBeNull();
    expect(r.binding[0]?.constraint).toBe('success');
    expect(r.binding[0]?.message).toMatch(
      /^with every country at maxSites, P\(success\) = 0\.\d{3} < 0\.850$/,
    );
  });

  it('names the regional share that cannot be reached and its maximum', () => {
    // Japan at 8 sites vs B at its minimum of 1 site: share max is well below 0.9.
    const r = optimizeCountryMix(
      fourCountrySpec({ regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.9 }] }),
    );
    expect(r.feasible).toBe(false);
    const b = r.binding.find((x) => x.constraint === 'region-share')!;
    expect(b.message).toMatch(/^Japan share max 0\.\d{3} < required 0\.900$/);
    expect(b.achievable).toBeLessThan(0.9);
  });

  it('reports the combined conflict when each constraint alone is reachable', () => {
    // Japan needs half the patients, which caps the others; the target then cannot be met.
    const r = optimizeCountryMix(
      fourCountrySpec({ target: 170, regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.5 }] }),
    );
    expect(r.feasible).toBe(false);
    // The conflict is now traced to the region (region-reach.ts): Japan's maximum sites cannot hold
    // half of the total that P(success) needs.
    expect(r.binding.map((b) => [b.constraint, b.id])).toEqual([['region-share', 'Japan']]);
    expect(r.binding[0]!.message).toMatch(/P\(success\) ≥ 0\.\d+ needs about \d+ expected in total/);
  });

  it('never returns a mix violating a constraint (exhaustive check on the 4-country box)', () => {
    const spec = fourCountrySpec({ regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.15 }] });
    const r = optimizeCountryMix(spec);
    const p = compileProblem(spec);
    const chosen = spec.countries.map((c) => r.sites![c.id]!);
    expect(evaluateMix(p, chosen).feasible).toBe(true);
    for (const mix of allMixes(p.min, p.max)) {
      const e = evaluateMix(p, mix);
      if (e.feasible) expect(e.cost).toBeGreaterThanOrEqual(r.expectedCost! - 1e-6);
    }
  });

  it('budget dual: stays within budget, and an impossible budget names the binding cost', () => {
    const ok = optimizeCountryMix(fourCountrySpec({ budget: 1_200_000 }));
    expect(ok.objective).toBe('max-success-within-budget');
    expect(ok.expectedCost!).toBeLessThanOrEqual(1_200_000);
    const tooSmall = optimizeCountryMix(fourCountrySpec({ budget: 1000 }));
    expect(tooSmall.feasible).toBe(false);
    expect(tooSmall.binding[0]?.message).toMatch(
      /^budget binds: every country at minSites costs USD [\d,]+ > budget USD 1,000$/,
    );
  });

  it('frontier points are non-dominated, meet the regional shares and include the optimum’s cost range', () => {
    const spec = fourCountrySpec({ regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.1 }] });
    const r = optimizeCountryMix(spec, { frontier: true });
    const f = r.frontier!;
    expect(f.costVsP50.length).toBeGreaterThan(3);
    for (let i = 1; i < f.costVsP50.length; i++) {
      expect(f.costVsP50[i]!.expectedCost).toBeGreaterThan(f.costVsP50[i - 1]!.expectedCost);
      expect(f.costVsP50[i]!.p50Months).toBeLessThan(f.costVsP50[i - 1]!.p50Months);
    }
    for (let i = 1; i < f.costVsSuccess.length; i++)
      expect(f.costVsSuccess[i]!.pSuccess).toBeGreaterThan(f.costVsSuccess[i - 1]!.pSuccess);
    const p = compileProblem(spec);
    for (const pt of f.costVsSuccess)
      expect(
        evaluateMix(
          p,
          spec.countries.map((c) => pt.sites[c.id]!),
          0,
        ).feasible,
      ).toBe(true);
    // The optimum (cheapest with P ≥ 0.85) sits on the cost–success frontier.
    expect(f.costVsSuccess.some((pt) => Math.abs(pt.expectedCost - r.expectedCost!) < 1e-6)).toBe(true);
  });

  it('handles 40 countries × 30 sites in under 10 s with a Monte Carlo-confirmed result', () => {
    const t0 = performance.now();
    const r = optimizeCountryMix(largeSpec(800), { seed: 1, monteCarloRuns: 4000 });
    const seconds = (performance.now() - t0) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(r.feasible).toBe(true);
    expect(r.pSuccess!).toBeGreaterThanOrEqual(0.85);
    expect(r.monteCarloConfirms).toBe(true);
    expect(r.regions[0]!.expectedShare).toBeGreaterThanOrEqual(0.15);
    if (r.optimality === 'heuristic') expect(r.lowerBound!).toBeLessThanOrEqual(r.expectedCost!);
  });
});

describe('spec validation', () => {
  it('names the JSON path of each error', () => {
    const bad = optimizerSpecSchema.safeParse({
      target: 10,
      windowMonths: 12,
      countries: [{ id: 'A', rateMean: -1, rateVariance: 0, maxSites: 2 }],
      regions: [{ id: 'J', countries: ['X'], minShare: 0.2 }],
    });
    expect(bad.success).toBe(false);
    const lines = formatSpecIssues(bad.error!);
    expect(lines.some((l) => l.startsWith('$.countries[0].rateMean:'))).toBe(true);
  });
  it('rejects unknown region members with their path', () => {
    const bad = optimizerSpecSchema.safeParse({
      target: 10,
      windowMonths: 12,
      countries: [{ id: 'A', rateMean: 1, rateVariance: 0, maxSites: 2 }],
      regions: [{ id: 'J', countries: ['X'], minShare: 0.2 }],
    });
    expect(formatSpecIssues(bad.error!)).toContain('$.regions[0].countries[0]: unknown country "X"');
  });
});
