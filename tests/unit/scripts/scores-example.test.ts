import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, handScores, regeneratedDoc, sampleScores, START } from '../../../scripts/scores-example';

/**
 * Issue #20: docs/scores.md shows a worked example for the sample workspace. It is generated from
 * the engine, so this fails when the doc drifts (rerun `npx tsx scripts/scores-example.ts`), and
 * the hand formulas the doc prints must give the engine's scores.
 */
describe('docs/scores.md worked example', () => {
  it('is what the engine computes for the sample today', async () => {
    const doc = readFileSync('docs/scores.md', 'utf8');
    expect(doc).toContain(START);
    expect(doc).toContain(END);
    expect(doc).toBe(await regeneratedDoc());
  });

  it("recomputes every scenario's cost, feasibility and composite by the doc's formulas", () => {
    const { ws, rows, anchorUsd } = sampleScores();
    for (const r of rows) {
      const hand = handScores(r.outcome, r.score, anchorUsd, ws);
      expect(hand.cost).toBeCloseTo(r.score.cost.score, 6);
      expect(hand.concentration).toBeCloseTo(r.score.concentration.score, 6);
      expect(hand.feasibility).toBeCloseTo(r.score.feasibility.score, 6);
      expect(hand.composite).toBeCloseTo(r.score.composite.score, 6);
    }
  });
});
