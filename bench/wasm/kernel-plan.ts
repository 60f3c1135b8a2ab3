/**
 * The fused-kernel inputs for the forecast bench's plan (bench/forecast.bench.ts `staggered`:
 * Gamma shape 1.5, mean 0.8 patients/site/month, openings U(1, 9)), built with the engine's own
 * preparation so the WASM trial runs exactly what the JS kernel runs.
 */
import { allocateSites } from '../../src/engine/forecast';
import { prepareForecast } from '../../src/engine/forecast/prepare';
import { gammaConsts } from '../../src/engine/forecast/monte-carlo/kernel-constants';
import { planUniformRun } from '../../src/engine/forecast/monte-carlo/kernel-fused-uniform';

export interface FusedInputs {
  n: number;
  lo: Float64Array;
  width: Float64Array;
  now: number;
  gd: Float64Array;
  gc: Float64Array;
  invRate: Float64Array;
}

export function benchPlan(sites: number): FusedInputs {
  const s = allocateSites(sites);
  for (let i = 0; i < sites; i++) {
    s.shape[i] = 1.5;
    s.rate[i] = 1.5 / 0.8;
    s.openKind[i] = 1; // uniform
    s.openA[i] = 1;
    s.openB[i] = 9;
  }
  const p = prepareForecast({ target: 1000, sites: s, countryIds: ['—'] });
  const { d, c, boostIdx } = gammaConsts(p.sites.shape);
  const plan = planUniformRun(p.sites, p.now, boostIdx.length > 0);
  if (!plan) throw new Error('the bench plan no longer takes the fused uniform kernel');
  const invRate = p.effRate.map((r) => 1 / r);
  return { n: sites, lo: plan.lo, width: plan.width, now: plan.now, gd: d, gc: c, invRate };
}
