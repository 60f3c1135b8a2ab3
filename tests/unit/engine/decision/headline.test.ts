import { describe, expect, it } from 'vitest';
import type { ComparedScenario } from '../../../../src/engine/evaluation/compare';
import type { MilestonesResult } from '../../../../src/engine/evaluation/milestones';
import { headlineMilestone } from '../../../../src/engine/decision/headline';

const span = (p10: number, p50: number, p90: number) => ({ mean: p50, p10, p50, p90 });

function compared(milestones: MilestonesResult | undefined): ComparedScenario {
  return {
    evaluation: {
      scenarioId: 'S',
      scenarioName: 'S',
      forecast: { timeToTarget: span(27, 30, 34) },
      milestones,
    },
    markets: { markets: [] },
  } as unknown as ComparedScenario;
}

const milestones = (kind: 'events' | 'enrollment', toplineP50: number): MilestonesResult => ({
  kind,
  milestones: [
    {
      id: 'lastPatientIn',
      label: 'Last patient in',
      months: span(27, 30, 34),
      dates: { p10: null, p50: null, p90: null },
    },
    {
      id: 'topline',
      label: 'Topline results',
      months: span(toplineP50 - 4, toplineP50, toplineP50 + 5),
      dates: { p10: null, p50: null, p90: null },
    },
  ],
  toplineMonths: new Float64Array(0),
  scoring: { milestone: 'lpi', deadlineMonths: 30, p50: 30, p90: 34, pByDeadline: 0.5 },
});

describe('the milestone the Overview leads with', () => {
  it('is the topline (readout) for an event-driven study, with its own P10–P90', () => {
    expect(headlineMilestone(compared(milestones('events', 54)))).toEqual({
      id: 'topline',
      short: 'topline',
      long: 'Topline results',
      p10: 50,
      p50: 54,
      p90: 59,
    });
  });

  it('is last patient in for an enrollment-driven study', () => {
    expect(headlineMilestone(compared(milestones('enrollment', 40)))).toEqual({
      id: 'lastPatientIn',
      short: 'LPI',
      long: 'Last patient in',
      p10: 27,
      p50: 30,
      p90: 34,
    });
  });

  it('falls back to last patient in when the evaluation has no milestones', () => {
    expect(headlineMilestone(compared(undefined)).short).toBe('LPI');
  });
});
