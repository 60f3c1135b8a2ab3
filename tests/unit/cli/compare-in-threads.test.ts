import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compareInThreads, evaluateThreadUrl } from '../../../src/cli/parallel/compare-in-threads';
import { parseWorkspaceFile } from '../../../src/domain/workspace/index';
import { compareScenarios } from '../../../src/engine/evaluation/compare';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'), 'sample');
if (!parsed.ok) throw new Error('sample workspace invalid');
const ws = parsed.workspace;

describe('compareInThreads (mrct evaluate on two threads)', () => {
  it('gives exactly the one-thread comparison for a seed, in scenario order', async () => {
    // Given the sample's scenarios, reversed so that order is checked, and a second thread
    const ids = ws.scenarios.map((s) => s.id).reverse();
    const options = { runs: 400, seed: 77 };
    // When half of them are evaluated on the thread
    const parallel = await compareInThreads(ws, ids, options, new Worker(evaluateThreadUrl));
    // Then every number (typed arrays included) is the one-thread result
    expect(parallel.map((c) => c.evaluation.scenarioId)).toEqual(ids);
    expect(parallel).toEqual(compareScenarios(ws, ids, options));
  }, 60_000);

  it('reports an error from the thread instead of hanging', async () => {
    const ids = [ws.scenarios[0]!.id, 'no-such-scenario'];
    await expect(compareInThreads(ws, ids, { runs: 100 }, new Worker(evaluateThreadUrl))).rejects.toThrow(
      /no-such-scenario|scenario/i,
    );
  }, 60_000);
});
