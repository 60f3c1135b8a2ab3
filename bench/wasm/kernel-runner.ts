/**
 * Loads bench/wasm/kernel.wat's binary (in Node or a browser: no Node imports here) and lays out
 * its memory: the ziggurat tables, the per-site plan and the generator state.
 */
import { KN, KN_INT, WN } from '../../src/engine/random/normal';
import type { Sfc32 } from '../../src/engine/random/sfc32';
import type { FusedInputs } from './kernel-plan';

interface KernelExports {
  memory: WebAssembly.Memory;
  setup(n: number, now: number, base: number): void;
  set_state(a: number, b: number, c: number, d: number): void;
  save_state(): void;
  run(out: number): void;
  run_many(runs: number, out: number): void;
}

export interface WasmKernel {
  /** One run into the kernel's own open/lam arrays and `sums` (Σλ, Σλu, max u, min u). */
  run(): void;
  /** `runs` runs; run r's sums at sumsOfRuns(runs)[4r..4r+3]. */
  runMany(runs: number): void;
  sumsOfRuns(runs: number): Float64Array;
  open: Float64Array;
  lam: Float64Array;
  sums: Float64Array;
  /** Copies the JS generator's state in, or the kernel's state out. */
  loadState(rng: Sfc32): void;
  storeState(rng: Sfc32): void;
}

const SITES_BASE = 4096;

/**
 * FN is private to random/normal.ts, so it is rebuilt here with the same arithmetic; WN is rebuilt
 * alongside and checked against the exported table, which guards against the two drifting apart.
 */
function zigguratFn(): Float64Array {
  const m1 = 2147483648.0;
  const vn = 9.91256303526217e-3;
  const r = 3.442619855899;
  const fn = new Float64Array(128);
  const wn = new Float64Array(128);
  let dn = r;
  wn[127] = dn / m1;
  fn[0] = 1;
  fn[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / m1;
  }
  for (let i = 1; i < 128; i++)
    if (wn[i] !== WN[i]) throw new Error('ziggurat tables changed in random/normal.ts: update zigguratFn');
  return fn;
}

/** The ziggurat tables as this engine computes them (random/normal.ts, and FN rebuilt here). */
export interface ZigguratTables {
  knInt: number[];
  wn: number[];
  fn: number[];
  kn: number[];
}

export function engineTables(): ZigguratTables {
  return { knInt: Array.from(KN_INT), wn: Array.from(WN), fn: Array.from(zigguratFn()), kn: Array.from(KN) };
}

/** `tables` overrides this engine's own (to run with another engine's bits). */
export async function loadWasmKernel(
  bytes: Uint8Array,
  plan: FusedInputs,
  tables: ZigguratTables = engineTables(),
): Promise<WasmKernel> {
  const imports = { m: { log: Math.log, exp: Math.exp, pow: Math.pow } };
  const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, imports);
  const k = instance.exports as unknown as KernelExports;
  const n = plan.n;
  const sumsBase = SITES_BASE + 7 * 8 * n + 8 * n;
  const mem = k.memory;
  const ensure = (bytesNeeded: number): void => {
    const missing = bytesNeeded - mem.buffer.byteLength;
    if (missing > 0) mem.grow(Math.ceil(missing / 65536));
  };
  ensure(sumsBase + 32);
  new Int32Array(mem.buffer, 64, 128).set(tables.knInt);
  new Float64Array(mem.buffer, 576, 128).set(tables.wn);
  new Float64Array(mem.buffer, 1600, 128).set(tables.fn);
  new Float64Array(mem.buffer, 2624, 128).set(tables.kn);
  const arrays = [plan.lo, plan.width, plan.gd, plan.gc, plan.invRate];
  arrays.forEach((a, j) => new Float64Array(mem.buffer, SITES_BASE + j * 8 * n, n).set(a));
  k.setup(n, plan.now, SITES_BASE);
  // Views are rebuilt after a memory.grow (which detaches the old buffer).
  const view = (offset: number, length: number) => new Float64Array(mem.buffer, offset, length);
  const kernel: WasmKernel = {
    run: () => k.run(sumsBase),
    runMany: (runs) => {
      ensure(sumsBase + 32 * runs);
      k.run_many(runs, sumsBase);
    },
    sumsOfRuns: (runs) => view(sumsBase, 4 * runs),
    get open() {
      return view(SITES_BASE + 5 * 8 * n, n);
    },
    get lam() {
      return view(SITES_BASE + 6 * 8 * n, n);
    },
    get sums() {
      return view(sumsBase, 4);
    },
    loadState: (rng) => k.set_state(rng.state[0]!, rng.state[1]!, rng.state[2]!, rng.state[3]!),
    storeState: (rng) => {
      k.save_state();
      rng.state.set(new Int32Array(mem.buffer, 0, 4));
    },
  };
  return kernel;
}
