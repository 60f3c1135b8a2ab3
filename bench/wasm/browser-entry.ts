/** Bundled by bench/wasm/chromium.ts into a page: the same trial, in Chromium's V8. */
import { loadWasmKernel } from './kernel-runner';
import { benchPlan } from './kernel-plan';
import { checkIdentical, timeKernels, type IdentityCheck, type TrialTimes } from './kernel-trial';

export interface BrowserTrial {
  check: IdentityCheck;
  times: TrialTimes;
  userAgent: string;
}

async function wasmTrial(bytes: number[], runs: number, repeats: number): Promise<BrowserTrial> {
  const plan = benchPlan(200);
  const kernel = await loadWasmKernel(Uint8Array.from(bytes), plan);
  const check = checkIdentical(kernel, plan, 1, runs);
  const times = timeKernels(kernel, plan, 1, runs, repeats);
  return { check, times, userAgent: navigator.userAgent };
}

(globalThis as unknown as { wasmTrial: typeof wasmTrial }).wasmTrial = wasmTrial;
