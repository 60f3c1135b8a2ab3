import { describe, expect, it } from 'vitest';
import { perPatientBenchmarkInCostYear, scoreAnchors } from '../../../../src/domain/reference/score-anchors';

describe('cost-score anchor in the cost model’s USD year (issue #20)', () => {
  it('inflates the 2017-USD benchmark with US CPI-U 2024/2017 (313.689 / 245.120), as the cost model does', () => {
    expect(scoreAnchors.perPatientWholeTrialCostUsd.value).toBe(41_413);
    expect(scoreAnchors.perPatientWholeTrialCostUsd.asOf).toBe('2017');
    const anchor = perPatientBenchmarkInCostYear();
    expect(anchor.value).toBeCloseTo((41_413 * 313.689) / 245.12, 6);
    expect(Math.round(anchor.value)).toBe(52_998);
    expect(anchor.source).toContain('CPI-U 2024/2017');
  });
});
