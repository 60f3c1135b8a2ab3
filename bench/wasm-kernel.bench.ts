/**
 * Issue 17 item 6 trial: the fused Monte Carlo kernel (10,000 runs × 200 sites of the forecast
 * bench's plan, one thread) in WebAssembly (bench/wasm/kernel.wat) against the engine's JS kernel
 * (kernel-fused-uniform.ts). Prints whether every run's openings, rates and sums are bit-identical
 * for a seed, then interleaved medians, in Node and, when it can start, in headless Chromium.
 * Bench-only: the engine does not use the WASM kernel.
 */
import { assembleKernel } from './wasm/assemble';
import { runInChromium } from './wasm/chromium';
import { benchPlan } from './wasm/kernel-plan';
import { loadWasmKernel } from './wasm/kernel-runner';
import { checkIdentical, timeKernels, type IdentityCheck, type TrialTimes } from './wasm/kernel-trial';
import { allocateSites, forecast } from '../src/engine/forecast';

const RUNS = 10_000;
const SITES = 200;
const REPEATS = 11;

function report(where: string, check: IdentityCheck, t: TrialTimes): void {
  console.log(
    `${where}: identical: ${check.identical ? 'yes' : 'no'} (${check.runs} runs, sums digest ${check.digest || '—'})` +
      (check.firstMismatch ? `; first mismatch: ${check.firstMismatch}` : ''),
  );
  const line = (label: string, key: keyof TrialTimes['cpu']) => {
    const cpu = Number.isFinite(t.cpu[key]) ? ` (cpu ${t.cpu[key].toFixed(1)})` : '';
    const gain =
      key === 'js' || key === 'reference' ? '' : `  ${(100 * (1 - t[key] / t.js)).toFixed(0)} % less than JS`;
    console.log(`  ${label.padEnd(48)} median ${t[key].toFixed(2).padStart(7)} ms${cpu}${gain}`);
  };
  line(`JS kernel (drawUniformRun), ${RUNS} runs × ${SITES} sites`, 'js');
  line('WASM, one call per run', 'wasmPerRun');
  line('WASM, one call for all runs', 'wasmAllRuns');
  if (Number.isFinite(t.reference)) line('whole forecast() in JS, for scale', 'reference');
  console.log(`  (medians of ${t.repeats}, the variants interleaved)`);
}

function wholeForecast(): () => void {
  const s = allocateSites(SITES);
  for (let i = 0; i < SITES; i++) {
    s.shape[i] = 1.5;
    s.rate[i] = 1.5 / 0.8;
    s.openKind[i] = 1;
    s.openA[i] = 1;
    s.openB[i] = 9;
  }
  return () =>
    void forecast(
      { target: 1000, sites: s, countryIds: ['—'] },
      { method: 'monte-carlo', runs: RUNS, seed: 1 },
    );
}

export async function run(): Promise<void> {
  const bytes = await assembleKernel();
  const plan = benchPlan(SITES);
  const kernel = await loadWasmKernel(bytes, plan);
  console.log(
    `Node ${process.version}; kernel.wasm ${bytes.length} bytes; Math.log/exp/pow imported from JS`,
  );
  report(
    'Node',
    checkIdentical(kernel, plan, 1, RUNS),
    timeKernels(kernel, plan, 1, RUNS, REPEATS, wholeForecast(), () => process.cpuUsage().user / 1000),
  );
  try {
    const b = await runInChromium(bytes, RUNS, REPEATS);
    report(`Chromium (${/Chrome\/[\d.]+/.exec(b.userAgent)?.[0] ?? b.userAgent})`, b.check, b.times);
  } catch (error) {
    console.log(
      `Chromium: not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
}
