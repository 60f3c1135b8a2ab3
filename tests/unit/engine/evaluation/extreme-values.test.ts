import { describe, expect, it } from 'vitest';
import { addMonthsToDate, CALENDAR_END, displayDate, isoOrBeyond } from '../../../../src/domain/dates';
import {
  RECRUITMENT_MULTIPLIER_MIN,
  validateOverride,
  workspaceSchema,
} from '../../../../src/domain/workspace/index';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { loadSampleWorkspace } from '../../../../src/state/sample';
import { formatDateAfterMonths as monthDate } from '../../../../src/domain/format';

/** Issue #14 defect 1: every value the UI accepts evaluates, and far-off results display instead of throwing. */
describe('values at the edge of what the UI accepts', () => {
  it('the recruitment multiplier bound is the same for the UI, the schema and the engine (0 and 1e-6 refused)', () => {
    expect(validateOverride('recruitmentMultiplier', 0)).toMatch(/cannot be below 0.05/);
    expect(validateOverride('recruitmentMultiplier', 1e-6)).toMatch(/cannot be below 0.05/);
    expect(validateOverride('recruitmentMultiplier', RECRUITMENT_MULTIPLIER_MIN)).toBeNull();
  });

  it(
    'at the smallest multiplier everywhere the sample evaluates, and its dates display',
    { timeout: 60_000 },
    () => {
      const ws = loadSampleWorkspace();
      ws.countries = ws.countries.map((c) => ({
        ...c,
        overrides: { recruitmentMultiplier: { value: RECRUITMENT_MULTIPLIER_MIN } },
      }));
      expect(workspaceSchema.safeParse(ws).success).toBe(true);
      const evaluation = evaluateScenario(ws, ws.scenarios[0]!.id, { runs: 200 });
      const p50 = evaluation.forecast.timeToTarget.p50;
      expect(p50).toBeGreaterThan(evaluation.deadlineMonths);
      const submission = ws.study.plannedFirstSubmission;
      expect(() => displayDate(addMonthsToDate(submission, p50))).not.toThrow();
      expect(() => monthDate(submission, p50)).not.toThrow();
    },
  );

  it('a date far outside the calendar reads "beyond 2200" rather than throwing Invalid time value', () => {
    expect(addMonthsToDate('2027-03-01', 6.3e9)).toBe(CALENDAR_END);
    expect(displayDate(addMonthsToDate('2027-03-01', 6.3e9))).toBe('beyond 2200');
    expect(monthDate('2027-03-01', 6.3e9)).toBe('beyond 2200');
    expect(isoOrBeyond(addMonthsToDate('2027-03-01', 12))).toBe('2028-02-29'); // 12 mean months = 365 days;
    expect(addMonthsToDate('2027-03-01', Number.NaN)).toBe(CALENDAR_END);
  });
});
