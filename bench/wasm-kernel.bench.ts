/**
 * Issue 17 item 6 trial: the fused Monte Carlo kernel (10,000 runs × 200 sites of the forecast
 * bench's plan, one thread) in WebAssembly (bench/wasm/kernel.wat) against the engine's JS kernel
 * (kernel-fused-uniform.ts). Prints whether every run's openings, rates and sums are bit-identical
 * to the JS kernel's for a seed, then interleaved medians, in Node and, when it can start, in
 * headless Chromium. Two WASM builds: log imported from JS (Math.log) and fdlibm's log compiled
 * in. Bench-only: the engine does not use the WASM kernel (docs/readme-notes/H-wasm.md).
 */
import { assembleKernel, type KernelVariant } from './wasm/assemble';
import { runInChromium } from './wasm/chromium';
import { engineFingerprint } from './wasm/engine-fingerprint';
import { benchPlan } from './wasm/kernel-plan';
import { engineTables, loadWasmKernel } from './wasm/kernel-runner';
import {
  checkIdentical,
  kernelVariants,
  sumsDigest,
  timeInterleaved,
  type IdentityCheck,
  type VariantTime,
} from './wasm/kernel-trial';
import { allocateSites, forecast } from '../src/engine/forecast';

const RUNS = 10_000;
const SITES = 200;
const REPEATS = 11;
const BUILDS: KernelVariant[] = ['imported-log', 'fdlibm-log'];

function report(where: string, checks: { name: string; check: IdentityCheck }[], times: VariantTime[]): void {
  console.log(`${where}, ${RUNS.toLocaleString('en')} runs × ${SITES} sites, seed 1:`);
  for (const { name, check } of checks) {
    console.log(
      `  WASM ${name} vs JS kernel: identical: ${check.identical ? 'yes' : 'no'} (${check.runs} runs compared` +
        (check.firstMismatch
          ? `; first mismatch: ${check.firstMismatch})`
          : `, sums digest ${check.digest})`),
    );
  }
  const js = times[0]!.ms;
  for (const t of times) {
    const cpu = Number.isFinite(t.cpu) ? ` (cpu ${t.cpu.toFixed(1)})` : '';
    const gain =
      t === times[0] || t.label.startsWith('whole') ? '' : `  ${(100 * (1 - t.ms / js)).toFixed(0)} % less`;
    console.log(`  ${t.label.padEnd(40)} median ${t.ms.toFixed(2).padStart(7)} ms${cpu}${gain}`);
  }
  console.log(`  (medians of ${REPEATS}, the variants interleaved)`);
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
  const input = { target: 1000, sites: s, countryIds: ['—'] };
  return () => void forecast(input, { method: 'monte-carlo', runs: RUNS, seed: 1 });
}

export async function run(): Promise<void> {
  const binaries = await Promise.all(
    BUILDS.map(async (name) => ({ name, bytes: await assembleKernel(name) })),
  );
  const plan = benchPlan(SITES);
  const kernels = await Promise.all(
    binaries.map(async ({ name, bytes }) => ({ name, kernel: await loadWasmKernel(bytes, plan) })),
  );
  console.log(
    `Node ${process.version}; kernel.wasm ${binaries.map((b) => `${b.name} ${b.bytes.length} B`).join(', ')}`,
  );
  const checks = kernels.map(({ name, kernel }) => ({ name, check: checkIdentical(kernel, plan, 1, RUNS) }));
  const variants = kernelVariants(plan, 1, RUNS, kernels);
  variants.push({ label: 'whole forecast() in JS, for scale', run: wholeForecast() });
  report(
    'Node',
    checks,
    timeInterleaved(variants, REPEATS, () => process.cpuUsage().user / 1000),
  );
  const mismatch = checks.find((c) => !c.check.identical);
  // Portable probe: pure-WASM arithmetic with Node's ziggurat tables passed to both engines.
  const portable = { bytes: await assembleKernel('portable'), tables: engineTables() };
  const portableKernel = await loadWasmKernel(portable.bytes, plan, portable.tables);
  const portableVsJs = checkIdentical(portableKernel, plan, 1, RUNS);
  const portableNode = sumsDigest(portableKernel, 1, RUNS);
  try {
    const b = await runInChromium(binaries, RUNS, REPEATS, portable);
    report(`Chromium ${/Chrome\/[\d.]+/.exec(b.userAgent)?.[0] ?? b.userAgent}`, b.checks, b.times);
    const node = engineFingerprint();
    const same = (k: keyof typeof node) => `${k} ${node[k] === b.fingerprint[k] ? 'same' : 'differ'}`;
    const nodeDigest = checks[0]!.check.digest;
    const chromiumDigest = b.checks[0]!.check.digest;
    console.log(
      `Node vs Chromium: run sums ${nodeDigest === chromiumDigest ? 'identical' : 'differ'} ` +
        `(${nodeDigest} vs ${chromiumDigest}); the engines' own numbers: ziggurat ${same('tables')}, ` +
        `Math.${same('log')}, Math.${same('exp')}, Math.${same('pow')} (10,000 fixed inputs)`,
    );
    console.log(
      `WASM portable build (fdlibm log, (1 + c·x)³ as a product, Node's tables in both): Node ${portableNode}, ` +
        `Chromium ${b.portableDigest}: ${portableNode === b.portableDigest ? 'identical' : 'differ'} across engines; ` +
        `vs the JS kernel in Node: ${portableVsJs.identical ? 'identical' : `differs (${portableVsJs.firstMismatch})`}`,
    );
  } catch (error) {
    console.log(
      `Chromium: not run (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
  // A port that no longer matches the JS kernel bit for bit is a failed bench, not a figure.
  if (mismatch) throw new Error(`WASM ${mismatch.name} no longer matches the JS kernel in Node`);
}
