/**
 * The JS-vs-WASM trial itself, shared by Node and the Chromium page (no Node imports here):
 * a bit-for-bit check of every run's openings, rates and sums, and interleaved timings.
 */
import { Sfc32 } from '../../src/engine/random/sfc32';
import { drawUniformRun } from '../../src/engine/forecast/monte-carlo/kernel-fused-uniform';
import { fnvBits } from './engine-fingerprint';
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
    digest = fnvBits(sums, digest);
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

/** Digest of every run's sums from one call for all runs (for kernels not expected to match JS). */
export function sumsDigest(kernel: WasmKernel, seed: number, runs: number): string {
  kernel.loadState(new Sfc32(seed));
  kernel.runMany(runs);
  return fnvBits(kernel.sumsOfRuns(runs)).toString(16).padStart(8, '0');
}

export interface TimedVariant {
  label: string;
  run: () => void;
}

export interface VariantTime {
  label: string;
  /** Median wall ms over the repeats, and median process CPU ms when a CPU clock was given (else NaN). */
  ms: number;
  cpu: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The kernels as timed variants: each draws `runs` runs of the plan from Sfc32(seed) and keeps
 * each run's four sums, as the engine does. For every WASM kernel: one call per run (the shape
 * the engine's run loop would use) and one call for all runs.
 */
export function kernelVariants(
  plan: FusedInputs,
  seed: number,
  runs: number,
  kernels: { name: string; kernel: WasmKernel }[],
): TimedVariant[] {
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
  const variants: TimedVariant[] = [{ label: `JS kernel (drawUniformRun)`, run: js }];
  for (const { name, kernel } of kernels) {
    const perRun = (): void => {
      kernel.loadState(new Sfc32(seed));
      const s = kernel.sums;
      for (let r = 0; r < runs; r++) {
        kernel.run();
        out.set(s, 4 * r);
      }
    };
    const allRuns = (): void => {
      kernel.loadState(new Sfc32(seed));
      kernel.runMany(runs);
    };
    variants.push({ label: `WASM ${name}, one call per run`, run: perRun });
    variants.push({ label: `WASM ${name}, one call for all runs`, run: allRuns });
  }
  return variants;
}

/**
 * Interleaved timings: the machine is shared, so the variants run in turn within each repeat,
 * in a rotating order, and medians are compared.
 */
export function timeInterleaved(
  variants: TimedVariant[],
  repeats: number,
  cpuNow: () => number = () => Number.NaN,
  warmups = 3,
): VariantTime[] {
  const ms: number[][] = variants.map(() => []);
  const cpu: number[][] = variants.map(() => []);
  for (let rep = -warmups; rep < repeats; rep++) {
    for (let k = 0; k < variants.length; k++) {
      const v = (k + Math.max(0, rep)) % variants.length;
      const c0 = cpuNow();
      const t0 = performance.now();
      variants[v]!.run();
      const t1 = performance.now();
      if (rep >= 0) {
        ms[v]!.push(t1 - t0);
        cpu[v]!.push(cpuNow() - c0);
      }
    }
  }
  return variants.map((v, k) => ({ label: v.label, ms: median(ms[k]!), cpu: median(cpu[k]!) }));
}
