import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blankWorkspace,
  parseWorkspaceFile,
  studySchema,
  workspaceSchema,
} from '../../../../src/domain/workspace/index';

const sampleText = readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8');

describe('the sample workspace', () => {
  it('is a realistic Phase 3 oncology MRCT that validates', () => {
    const result = parseWorkspaceFile(sampleText, 'sample-workspace.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    const ws = result.workspace;
    expect(ws.study.phase).toBe('3');
    expect(ws.study.therapeuticArea).toBe('oncology');
    expect(ws.study.targetRandomised).toBeGreaterThanOrEqual(500);
    expect(ws.countries.length).toBeGreaterThanOrEqual(10);
    expect(ws.sites.length).toBeGreaterThanOrEqual(55);
    expect(ws.cros).toHaveLength(3);
    expect(ws.scenarios.length).toBeGreaterThanOrEqual(2);
    // every site has a named PI
    const pis = new Map(ws.investigators.map((i) => [i.id, i]));
    for (const site of ws.sites) expect(pis.get(site.investigatorId ?? '')?.name).toMatch(/^Dr /);
  });
});

describe('workspace rules', () => {
  const valid = () => blankWorkspace('ws-test', '2026-11-21');

  it('accepts a blank workspace', () => {
    expect(workspaceSchema.safeParse(valid()).success).toBe(true);
  });

  it('rejects duplicate site ids and unknown investigators, naming the path', () => {
    const ws = valid();
    const site = {
      id: 'S1',
      name: 'A',
      country: 'US',
      city: '',
      siteType: 'academic' as const,
      competingTrials: 0,
      qualityFlags: [],
    };
    ws.sites = [site, { ...site }, { ...site, id: 'S2', investigatorId: 'PI-missing' }];
    const result = workspaceSchema.safeParse(ws);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toContain('sites: Duplicate id "S1"');
    expect(messages).toContain('sites.2.investigatorId: Unknown investigator "PI-missing"');
  });

  it('refuses a deadline before the first submission', () => {
    const study = { ...valid().study, enrollmentDeadline: '2020-01-01' };
    const result = studySchema.safeParse(study);
    expect(result.error?.issues[0]?.path).toEqual(['enrollmentDeadline']);
  });

  it.each([
    ['targetRandomised', 0, /at least 1/],
    ['targetRandomised', 10.5, /whole number/],
    ['screenFailureRate', -0.1, /negative/],
    ['dropoutRate', 0.95, /not plausible/],
    ['plannedFirstSubmission', '2027-02-30', /real calendar date/],
    ['reportingCurrency', 'dollars', /three-letter/],
  ])('refuses %s = %s with a reason', (field, value, reason) => {
    const result = studySchema.safeParse({ ...valid().study, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(reason);
  });
});
