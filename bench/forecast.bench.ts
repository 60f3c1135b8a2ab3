/**
 * Forecast benchmark (issue 4 targets: Monte Carlo 10 000 runs × 200 sites ≤ 60 ms in Node;
 * approximation for 200 sites ≤ 3 ms). Each case is warmed up, then timed over several repeats;
 * the median wall time (with its user-CPU time, less sensitive to other processes on a shared
 * machine) and the best are printed, with the heap-used delta of one run. Monte Carlo is timed
 * on one thread and on every core through a warm ForecastPool (same numbers for a seed).
 */
import { availableParallelism } from 'node:os';
import { ForecastPool } from '../src/cli/parallel/forecast-pool';
import {
  allocateSites,
  forecast,
  type ForecastInput,
  type ForecastOptions,
  type ForecastResult,
} from '../src/engine/forecast';

const SHAPE = 1.5;
const MEAN_RATE = 0.8; // patients/site/month → Gamma rate = shape / mean
const TARGET = 1000;

function staggered(sites: number, heterogeneous = false): ForecastInput {
  const s = allocateSites(sites);
  for (let i = 0; i < sites; i++) {
    // Heterogeneous variant: every site its own shape (same mean), so nothing can be grouped.
    const shape = heterogeneous ? SHAPE * (0.5 + i / sites) : SHAPE;
    s.shape[i] = shape;
    s.rate[i] = shape / MEAN_RATE;
    s.openKind[i] = 1; // uniform
    s.openA[i] = 1;
    s.openB[i] = 9;
  }
  return { target: TARGET, sites: s, countryIds: ['—'] };
}

type Run = (input: ForecastInput, options: ForecastOptions) => ForecastResult | Promise<ForecastResult>;

async function time(
  label: string,
  input: ForecastInput,
  options: ForecastOptions,
  repeats: number,
  warmups = 3,
  run: Run = forecast,
): Promise<void> {
  for (let i = 0; i < warmups; i++) await run(input, options);
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(input, options);
    ms.push(performance.now() - t0);
    cpu.push(process.cpuUsage(c0).user / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const heap0 = process.memoryUsage().heapUsed;
  const result = await run(input, options);
  const heapDelta = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  const median = ms[Math.floor(ms.length / 2)]!;
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms (cpu ${cpu[Math.floor(cpu.length / 2)]!.toFixed(1)})  best ${ms[0]!.toFixed(2).padStart(8)} ms  heap Δ ${heapDelta.toFixed(1).padStart(5)} MB  P50 ${result.timeToTarget.p50.toFixed(3)} mo`,
  );
}

export async function run(): Promise<void> {
  console.log(
    `Node ${process.version}; Gamma shape ${SHAPE}, mean ${MEAN_RATE}/site/month, openings U(1, 9), target ${TARGET}`,
  );
  const mc = { method: 'monte-carlo', runs: 10_000, seed: 1 } as const;
  await time('Monte Carlo 10,000 runs × 200 sites, 1 thread', staggered(200), mc, 15);
  await time('Monte Carlo 10,000 runs × 1,000 sites, 1 thread', staggered(1000), mc, 5);
  await time(
    'Monte Carlo 10,000 × 200 sites + 24-month curve, 1 thread',
    staggered(200),
    { ...mc, curveMonths: Array.from({ length: 24 }, (_, i) => i + 1) },
    5,
  );
  const t0 = performance.now();
  const pool = await ForecastPool.create(availableParallelism());
  console.log(`ForecastPool of ${pool.threads} threads started in ${(performance.now() - t0).toFixed(0)} ms`);
  const onPool: Run = (input, options) => pool.forecast(input, options);
  await time(
    `Monte Carlo 10,000 runs × 200 sites, ${pool.threads} threads`,
    staggered(200),
    mc,
    15,
    3,
    onPool,
  );
  await time(
    `Monte Carlo 10,000 runs × 1,000 sites, ${pool.threads} threads`,
    staggered(1000),
    mc,
    5,
    3,
    onPool,
  );
  await pool.close();
  await time('Approximation, 200 identical sites (grouped)', staggered(200), { method: 'approx' }, 21);
  await time(
    'Approximation, 200 distinct sites (no grouping)',
    staggered(200, true),
    { method: 'approx' },
    21,
  );
  const allAtOnce: ForecastInput = {
    target: TARGET,
    sites: [{ count: 200, shape: SHAPE, rate: SHAPE / MEAN_RATE, opensAt: 0 }],
  };
  await time('Exact closed form, 200 sites open at 0', allAtOnce, { method: 'exact' }, 21);
}
