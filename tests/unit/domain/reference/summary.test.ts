import { describe, expect, it } from 'vitest';
import { getPathway, nominalApprovalDays } from '../../../../src/domain/reference/index';
import type { Pathway } from '../../../../src/domain/reference/index';

const prov = { source: 'test', asOf: '2025', confidence: 'low' as const };
function pathway(steps: Partial<Pathway['steps'][number]>[]): Pathway {
  return {
    ...getPathway('fda-ind')!,
    steps: steps.map((s, i) => ({
      id: `s${i}`,
      label: 'x',
      days: 0,
      dayType: 'calendar',
      rollForward: false,
      provenance: prov,
      ...s,
    })),
  };
}

describe('nominalApprovalDays (approximate calendar days for tables)', () => {
  it('sums sequential calendar steps and adds RFI only when asked', () => {
    // Given the EU CTR steps 10 + 26 + 12 + 7 + 5, RFIs 15 and 31
    const p = getPathway('eu-ctr-part-i')!;
    expect(nominalApprovalDays(p)).toBe(60);
    expect(nominalApprovalDays(p, true)).toBe(106);
  });

  it('counts working days as 7/5 calendar days', () => {
    // 5 WD acceptance + 60 WD review = 65 WD ≈ 91 calendar days (13 weeks)
    expect(nominalApprovalDays(getPathway('nmpa-ind-60wd')!)).toBe(91);
  });

  it('runs a step with after: [] in parallel from submission, and honours explicit dependencies', () => {
    // Given A=30 then B=60 parallel to A: the critical path is 60
    expect(
      nominalApprovalDays(
        pathway([
          { id: 'a', days: 30 },
          { id: 'b', days: 60, after: [] },
        ]),
      ),
    ).toBe(60);
    // Given A=10, B=20 (parallel), C after both = 5: 20 + 5
    expect(
      nominalApprovalDays(
        pathway([
          { id: 'a', days: 10 },
          { id: 'b', days: 20, after: [] },
          { id: 'c', days: 5, after: ['a', 'b'] },
        ]),
      ),
    ).toBe(25);
    expect(nominalApprovalDays(getPathway('mhra-combined-legacy')!)).toBe(60);
  });
});
