/**
 * Optimizer benchmark: a 4-country problem, 40 countries × 30 sites (with a regional share), and
 * the seeded Monte Carlo verification of the large result. Called by bench/run-all.ts.
 */
import { optimizeCountryMix, type OptimizeResult } from '../src/engine/optimizer/solver/optimize';
import { createRng } from '../src/engine/optimizer/solver/rng';
import { optimizerSpecSchema, type OptimizerSpec } from '../src/engine/optimizer/solver/spec';

function randomSpec(countries: number, maxSites: number, target: number, seed: number): OptimizerSpec {
  const rng = createRng(seed);
  return optimizerSpecSchema.parse({
    target,
    windowMonths: 24,
    successProbability: 0.85,
    countries: Array.from({ length: countries }, (_, i) => ({
      id: `C${i}`,
      rateMean: 0.2 + rng.next() * 1.2,
      rateVariance: 0.05 + rng.next() * 0.5,
      minSites: 0,
      maxSites,
      siteStartupCost: 10000 + rng.next() * 30000,
      siteMonthlyCost: 1500 + rng.next() * 4000,
      perPatientCost: 800 + rng.next() * 4000,
      dropoutRate: rng.next() * 0.15,
      opensAt: { uniform: [rng.next() * 3, 3 + rng.next() * 6] },
    })),
    regions: [{ id: 'JP', countries: ['C0', 'C1'], minShare: 0.15 }],
  });
}

function timed(spec: OptimizerSpec, runs: number): { ms: number; result: OptimizeResult } {
  const t0 = performance.now();
  const result = optimizeCountryMix(spec, { seed: 2024, monteCarloRuns: runs });
  return { ms: performance.now() - t0, result };
}

function describe(label: string, ms: number, r: OptimizeResult): string {
  const sites = Object.values(r.sites ?? {}).reduce((a, b) => a + b, 0);
  return (
    `${label}: ${ms.toFixed(0)} ms, ${r.optimality} (${r.nodes} nodes), ${sites} sites, ` +
    `cost USD ${Math.round(r.expectedCost ?? 0).toLocaleString('en-US')}` +
    (r.optimality === 'heuristic' && r.lowerBound
      ? ` (optimality gap ≤ ${(100 * (1 - r.lowerBound / (r.expectedCost ?? 1))).toFixed(1)}%)`
      : '') +
    `, P(success) ${r.pSuccess?.toFixed(4)} analytic / ${r.pSuccessMonteCarlo?.toFixed(4)} ± ${r.monteCarloStandardError?.toFixed(4)} MC`
  );
}

export async function run(): Promise<void> {
  await runSample();
  const small = timed(randomSpec(4, 8, 150, 7), 10_000);
  console.log(describe('optimizer 4 countries × 8 sites', small.ms, small.result));
  for (const target of [800, 3000]) {
    const large = timed(randomSpec(40, 30, target, 42), 20_000);
    console.log(describe(`optimizer 40 countries × 30 sites, target ${target}`, large.ms, large.result));
    const r = large.result;
    const share = r.regions[0];
    console.log(
      `  Monte Carlo check (${r.monteCarloRuns} runs, seed ${r.seed}): P(success) ≥ 0.85 ${r.monteCarloConfirms ? 'confirmed' : 'NOT confirmed'}; ` +
        `JP share ${share?.expectedShare.toFixed(3)} ≥ 0.15 (P(achieved share ≥ 0.15) = ${share?.monteCarloProbability.toFixed(3)} MC)`,
    );
  }
}

/**
 * The in-app run on the sample workspace (the worker's call, app node budget 300,000): no floor,
 * and the Global scenario's "Min share %" Brazil 25% with Brazil up to 30 (unfillable) or 60 sites.
 */
export async function runSample(): Promise<void> {
  const { loadSampleWorkspace } = await import('../src/state/sample');
  const { optimizeWorkspaceMix } = await import('../src/engine/optimizer/from-workspace/run');
  for (const [label, floor, brazilMax] of [
    ['no floor', 0, 30],
    ['Brazil ≥ 25%, max 30', 0.25, 30],
    ['Brazil ≥ 25%, max 60', 0.25, 60],
  ] as const) {
    const ws = loadSampleWorkspace();
    const br = ws.scenarios.find((s) => s.id === 'SCN-GLOBAL')?.countries.find((c) => c.iso2 === 'BR');
    if (br && floor > 0) br.minShare = floor;
    const countries = ws.countries.map((c) => ({
      iso2: c.iso2,
      minSites: 0,
      maxSites: c.iso2 === 'BR' ? brazilMax : 30,
    }));
    const t0 = performance.now();
    const r = optimizeWorkspaceMix(
      ws,
      { countries, successProbability: 0.85, regionalConfidence: 0.8, baseScenarioId: 'SCN-GLOBAL' },
      { seed: ws.settings.seed, monteCarloRuns: 10_000, frontier: false, maxNodes: 300_000 },
    );
    console.log(describe(`sample optimizer (app budget), ${label}`, performance.now() - t0, r.result));
  }
}
