/**
 * The JS-vs-WASM trial itself, shared by Node and the Chromium page (no Node imports here):
 * a bit-for-bit check of every run's openings, rates and sums, and interleaved timings.
 */
import { Sfc32 } from '../../src/engine/random/sfc32';
import { drawUniformRun } from '../../src/engine/forecast/monte-carlo/kernel-fused-uniform';
import type { FusedInputs } from './kernel-plan';
import type { WasmKernel } from './kernel-runner';

export interface IdentityCheck {
  identical: boolean;
  runs: number;
  /** "run r, lam[i]: js … wasm …" for the first difference, if any. */
  firstMismatch: string | undefined;
  /** FNV-1a over the bits of every run's sums, to compare engines (Node vs Chromium). */
  digest: string;
}

function sameBits(x: Float64Array, y: Float64Array): number {
  const a = new BigUint64Array(x.buffer, x.byteOffset, x.length);
  const b = new BigUint64Array(y.buffer, y.byteOffset, y.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function fnv(h0: number, values: Float64Array): number {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let h = h0;
  for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193);
  return h >>> 0;
}

/** Runs both kernels side by side from the same seed and compares every output of every run. */
export function checkIdentical(
  kernel: WasmKernel,
  plan: FusedInputs,
  seed: number,
  runs: number,
): IdentityCheck {
  const n = plan.n;
  const jsRng = new Sfc32(seed);
  const wasmRng = new Sfc32(seed);
  kernel.loadState(wasmRng);
  const open = new Float64Array(n);
  const lam = new Float64Array(n);
  const pending = new Int32Array(2 * n);
  const sums = new Float64Array(4);
  let digest = 0x811c9dc5;
  for (let r = 0; r < runs; r++) {
    drawUniformRun(
      jsRng,
      plan.lo,
      plan.width,
      plan.now,
      plan.gd,
      plan.gc,
      plan.invRate,
      open,
      lam,
      pending,
      sums,
    );
    kernel.run();
    digest = fnv(digest, sums);
    const pairs: [string, Float64Array, Float64Array][] = [
      ['open', open, kernel.open],
      ['lam', lam, kernel.lam],
      ['sums', sums, kernel.sums],
    ];
    for (const [name, js, wasm] of pairs) {
      const i = sameBits(js, wasm);
      if (i >= 0) {
        const firstMismatch = `run ${r}, ${name}[${i}]: js ${js[i]} wasm ${wasm[i]}`;
        return { identical: false, runs: r + 1, firstMismatch, digest: '' };
      }
    }
  }
  kernel.storeState(wasmRng);
  if (jsRng.state.some((word, j) => word !== wasmRng.state[j]))
    return { identical: false, runs, firstMismatch: 'generator state after the last run', digest: '' };
  return { identical: true, runs, firstMismatch: undefined, digest: digest.toString(16).padStart(8, '0') };
}

export interface TrialTimes {
  /** Median ms over the repeats: JS kernel, WASM one call per run, WASM one call for all runs. */
  js: number;
  wasmPerRun: number;
  wasmAllRuns: number;
  /** Median ms of the optional reference (e.g. the whole forecast), timed in the same rotation. */
  reference: number;
  /** The same medians in process CPU ms when a CPU clock was given (NaN otherwise). */
  cpu: { js: number; wasmPerRun: number; wasmAllRuns: number; reference: number };
  repeats: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Interleaved timings (the machine is shared, so the three variants run in turn within each
 * repeat, in a rotating order, and medians are compared). Every variant draws `runs` runs of
 * the plan from Sfc32(seed) and keeps each run's four sums, as the engine does.
 */
export function timeKernels(
  kernel: WasmKernel,
  plan: FusedInputs,
  seed: number,
  runs: number,
  repeats: number,
  reference?: () => void,
  cpuNow?: () => number,
  warmups = 3,
): TrialTimes {
  const n = plan.n;
  const open = new Float64Array(n);
  const lam = new Float64Array(n);
  const pending = new Int32Array(2 * n);
  const sums = new Float64Array(4);
  const out = new Float64Array(4 * runs);
  const js = (): void => {
    const rng = new Sfc32(seed);
    for (let r = 0; r < runs; r++) {
      drawUniformRun(
        rng,
        plan.lo,
        plan.width,
        plan.now,
        plan.gd,
        plan.gc,
        plan.invRate,
        open,
        lam,
        pending,
        sums,
      );
      out.set(sums, 4 * r);
    }
  };
  const wasmPerRun = (): void => {
    kernel.loadState(new Sfc32(seed));
    const s = kernel.sums;
    for (let r = 0; r < runs; r++) {
      kernel.run();
      out.set(s, 4 * r);
    }
  };
  const wasmAllRuns = (): void => {
    kernel.loadState(new Sfc32(seed));
    kernel.runMany(runs);
  };
  const variants = reference ? [js, wasmPerRun, wasmAllRuns, reference] : [js, wasmPerRun, wasmAllRuns];
  const ms: number[][] = variants.map(() => []);
  const cpu: number[][] = variants.map(() => []);
  const clock = cpuNow ?? (() => Number.NaN);
  for (let rep = -warmups; rep < repeats; rep++) {
    for (let k = 0; k < variants.length; k++) {
      const v = (k + Math.max(0, rep)) % variants.length;
      const c0 = clock();
      const t0 = performance.now();
      variants[v]!();
      const t1 = performance.now();
      if (rep >= 0) {
        ms[v]!.push(t1 - t0);
        cpu[v]!.push(clock() - c0);
      }
    }
  }
  const medians = (xs: number[][]) => ({
    js: median(xs[0]!),
    wasmPerRun: median(xs[1]!),
    wasmAllRuns: median(xs[2]!),
    reference: reference ? median(xs[3]!) : Number.NaN,
  });
  return { ...medians(ms), cpu: medians(cpu), repeats };
}
