import type { Worker } from 'node:worker_threads';
import type { Workspace } from '../../domain/workspace/index';
import { compareScenarios, type ComparedScenario } from '../../engine/evaluation/compare';
import type { EvaluateOptions } from '../../engine/evaluation/evaluate';
import type { EvaluateReply, EvaluateRequest } from './evaluate-thread';

/**
 * `mrct evaluate` on two cores: this thread evaluates the first half of the scenarios while a
 * worker thread evaluates the rest, with the same options and seed, so every number is what
 * `compareScenarios` gives on one thread (tested). Why only with a thread started at launch
 * (bin/mrct.js starts it while this bundle loads): a thread started here would first spend
 * ~0.3–0.4 s of CPU loading the engine, about what one sample scenario takes to evaluate, so it
 * would not pay for the usual 2–3 scenarios.
 */
let prestarted: Worker | undefined;

/** The URL of the thread entry beside this module (in the bundle: dist-cli/evaluate-thread-entry.mjs). */
export const evaluateThreadUrl = new URL('./evaluate-thread-entry.mjs', import.meta.url);

/** Hands over a thread that bin/mrct.js started from `evaluateThreadUrl`; it must not keep the process alive. */
export function adoptEvaluateThread(thread: Worker): void {
  thread.unref();
  prestarted?.terminate();
  prestarted = thread;
}

/** Takes the prestarted thread, if any (it is then the caller's to terminate). */
export function takeEvaluateThread(): Worker | undefined {
  const thread = prestarted;
  prestarted = undefined;
  return thread;
}

/** Releases a prestarted thread that the command did not use. */
export function releaseEvaluateThread(): Promise<number> | undefined {
  return takeEvaluateThread()?.terminate();
}

/**
 * compareScenarios with the tail half of `ids` on `thread` (which is terminated afterwards).
 * Without a thread, or for one scenario, it is compareScenarios on this thread.
 */
export async function compareInThreads(
  workspace: Workspace,
  ids: string[],
  options: EvaluateOptions,
  thread: Worker | undefined,
): Promise<ComparedScenario[]> {
  if (!thread || ids.length < 2) {
    await thread?.terminate();
    return compareScenarios(workspace, ids, options);
  }
  const split = Math.ceil(ids.length / 2);
  thread.ref(); // keep the process alive until the reply arrives
  const reply = new Promise<ComparedScenario[]>((resolve, reject) => {
    thread.once('message', (r: EvaluateReply) => (r.ok ? resolve(r.compared) : reject(new Error(r.message))));
    thread.once('error', reject);
  });
  thread.postMessage({ workspace, ids: ids.slice(split), options } satisfies EvaluateRequest);
  try {
    const here = compareScenarios(workspace, ids.slice(0, split), options);
    return here.concat(await reply);
  } finally {
    await thread.terminate();
  }
}
