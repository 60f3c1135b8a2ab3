import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPathway } from '../../../../src/domain/reference/index';
import { parseWorkspaceFile, workspaceSchema, type Workspace } from '../../../../src/domain/workspace/index';
import { computeClock } from '../../../../src/engine/regulatory/index';
import { buildScenarioModel } from '../../../../src/engine/evaluation/build-model';
import { daysBetween, shiftDays } from '../../../../src/domain/dates';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample: Workspace = parsed.workspace;

/** The CTR decision in days from submission on a member state's holidays. */
const ctrDays = (submission: string, calendar: string) => {
  const clock = computeClock(getPathway('eu-ctr-part-i')!, submission, { holidayCalendar: calendar });
  return daysBetween(submission, clock.decision);
};

/** A 2027 submission date whose CTR decision lands differently on ES's holidays than on NL's. */
function dateWhereCalendarsDiffer(a: string, b: string): string {
  for (let d = 0; d < 365; d++) {
    const day = shiftDays('2027-01-01', d);
    if (ctrDays(day, a) !== ctrDays(day, b)) return day;
  }
  throw new Error(`no 2027 submission date where ${a} and ${b} differ`);
}

describe('EU CTR reporting member state of a scenario (Reg. 536/2014 Art. 5)', () => {
  it('defaults to the EU member state with the most sites (DE, 5 sites, in the sample)', () => {
    const model = buildScenarioModel(sample, 'SCN-USEU');
    expect(model.euReportingMemberState).toEqual({ iso2: 'DE', name: 'Germany', basis: 'most sites' });
  });

  it("counts the CTR clock on the stated member state's holidays", () => {
    const ws = structuredClone(sample);
    const submission = dateWhereCalendarsDiffer('ES', 'DE');
    ws.study.plannedFirstSubmission = submission;
    ws.study.enrollmentDeadline = '2031-01-01';
    const byDefault = buildScenarioModel(ws, 'SCN-USEU');
    ws.scenarios.find((s) => s.id === 'SCN-USEU')!.euReportingMemberState = 'ES';
    const stated = buildScenarioModel(ws, 'SCN-USEU');
    expect(stated.euReportingMemberState).toEqual({ iso2: 'ES', name: 'Spain', basis: 'stated' });
    // Every EU country's regulatory minimum is the CTR decision on the RMS's holidays
    for (const model of [byDefault, stated]) {
      const rms = model.euReportingMemberState!.iso2;
      for (const c of model.countries.filter((c) => c.pathwayId.startsWith('eu-ctr'))) {
        const clock = computeClock(getPathway(c.pathwayId)!, submission, { holidayCalendar: rms });
        expect(c.params.regulatoryDays.value.min).toBe(daysBetween(submission, clock.decision));
      }
    }
    const fr = (m: typeof stated) =>
      m.countries.find((c) => c.iso2 === 'FR')!.params.regulatoryDays.value.min;
    expect(fr(stated)).not.toBe(fr(byDefault));
  });

  it('ignores a stated state outside the scenario with a warning, and keeps the v3 file valid', () => {
    const ws = structuredClone(sample);
    ws.scenarios.find((s) => s.id === 'SCN-USEU')!.euReportingMemberState = 'IT';
    const model = buildScenarioModel(ws, 'SCN-USEU');
    expect(model.euReportingMemberState?.iso2).toBe('DE');
    expect(model.warnings.join(' ')).toMatch(/IT is not an EU member state of this scenario/);
    // Optional field: the sample (without it) and a workspace with it both validate
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
    expect(sample.scenarios.every((s) => s.euReportingMemberState === undefined)).toBe(true);
  });

  it('has no RMS when the scenario has no EU country', () => {
    const ws = structuredClone(sample);
    const s = ws.scenarios.find((s) => s.id === 'SCN-USEU')!;
    s.countries = s.countries.filter((c) => ['US', 'CA', 'GB'].includes(c.iso2));
    expect(buildScenarioModel(ws, 'SCN-USEU').euReportingMemberState).toBeUndefined();
  });
});
