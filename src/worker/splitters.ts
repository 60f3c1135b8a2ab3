import type { ComparedScenario } from '../engine/evaluation/compare';

/**
 * How a command's work splits into independent requests that workers can share, and how the
 * answers join again. The joined answer must equal the unsplit one: compareScenarios evaluates each
 * scenario on its own with the same runs and seed, so one request per scenario gives the same
 * numbers (tested in tests/unit/worker/splitters.test.ts).
 */
export interface Splitter {
  /** The parts' argument lists, or null to run the request whole. */
  split(args: readonly unknown[]): unknown[][] | null;
  merge(answers: unknown[]): unknown;
}

export const engineSplitters: Record<string, Splitter> = {
  compareScenarios: {
    split: ([workspace, ids, options]) =>
      Array.isArray(ids) && ids.length > 1 ? ids.map((id) => [workspace, [id], options]) : null,
    merge: (answers) => (answers as ComparedScenario[][]).flat(),
  },
};
