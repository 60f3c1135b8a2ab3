/** Bundled by bench/wasm/chromium.ts into a page: the same trial, in Chromium's V8. */
import { engineFingerprint, type EngineFingerprint } from './engine-fingerprint';
import { loadWasmKernel, type ZigguratTables } from './kernel-runner';
import { benchPlan } from './kernel-plan';
import {
  checkIdentical,
  kernelVariants,
  sumsDigest,
  timeInterleaved,
  type IdentityCheck,
  type VariantTime,
} from './kernel-trial';

export interface BrowserTrial {
  checks: { name: string; check: IdentityCheck }[];
  times: VariantTime[];
  userAgent: string;
  fingerprint: EngineFingerprint;
  /** Sums digest of the portable build run with the tables passed in. */
  portableDigest: string;
}

async function wasmTrial(
  binaries: { name: string; bytes: number[] }[],
  runs: number,
  repeats: number,
  portable: { bytes: number[]; tables: ZigguratTables },
): Promise<BrowserTrial> {
  const plan = benchPlan(200);
  const kernels = await Promise.all(
    binaries.map(async ({ name, bytes }) => ({
      name,
      kernel: await loadWasmKernel(Uint8Array.from(bytes), plan),
    })),
  );
  const checks = kernels.map(({ name, kernel }) => ({ name, check: checkIdentical(kernel, plan, 1, runs) }));
  const times = timeInterleaved(kernelVariants(plan, 1, runs, kernels), repeats);
  const portableKernel = await loadWasmKernel(Uint8Array.from(portable.bytes), plan, portable.tables);
  const portableDigest = sumsDigest(portableKernel, 1, runs);
  return { portableDigest, checks, times, userAgent: navigator.userAgent, fingerprint: engineFingerprint() };
}

(globalThis as unknown as { wasmTrial: typeof wasmTrial }).wasmTrial = wasmTrial;
