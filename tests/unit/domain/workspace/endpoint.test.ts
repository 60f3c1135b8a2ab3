import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT, parseWorkspaceFile, studySchema } from '../../../../src/domain/workspace/index';
import { addStudyEndpoint } from '../../../../src/domain/workspace/migrations-v3/endpoints';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/workspaces/${name}`, import.meta.url), 'utf8');
const sample = () => readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8');

describe('study endpoint (primary analysis)', () => {
  it('a v2 file opens enrollment-driven with no follow-up and scoring on LPI (results unchanged)', () => {
    const result = parseWorkspaceFile(fixture('v2-sample.json'), 'v2-sample.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migratedFrom).toBe(2);
    expect(result.workspace.study.endpoint).toMatchObject({
      kind: 'enrollment',
      followUpMonths: 0,
      scoreOn: 'lpi',
      dbLockLagMonths: 3,
      toplineLagMonths: 1,
    });
  });

  it('the migration step is pure and leaves an existing endpoint alone', () => {
    const ws = { study: { name: 'x' } };
    const out = addStudyEndpoint(ws);
    expect(ws).toEqual({ study: { name: 'x' } });
    expect((out.study as { endpoint: { kind: string } }).endpoint.kind).toBe('enrollment');
    const already = { study: { endpoint: { kind: 'events' } } };
    expect(addStudyEndpoint(already)).toBe(already);
  });

  it('the sample study is event-driven: 508 deaths (Schoenfeld, 90% power, two-sided 5%, HR 0.75)', () => {
    const result = parseWorkspaceFile(sample(), 'sample-workspace.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const e = result.workspace.study.endpoint;
    expect(e.kind).toBe('events');
    // D = 4(z₀.₉₇₅ + z₀.₉₀)² / ln(HR)² for 1:1 allocation
    const d = (4 * (1.959963985 + 1.281551566) ** 2) / Math.log(e.hazardRatio) ** 2;
    expect(e.requiredEvents).toBe(Math.ceil(d));
    expect(e.allocation).toBe(0.5);
  });

  it('refuses impossible values with a reason on the field', () => {
    const base = JSON.parse(sample()).workspace.study;
    const issues = (endpoint: object) => {
      const r = studySchema.safeParse({ ...base, endpoint: { ...DEFAULT_ENDPOINT, ...endpoint } });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ kind: 'events', requiredEvents: 601 })).toContain(
      'endpoint.requiredEvents: Required events (601) cannot exceed the 600 patients randomised',
    );
    expect(issues({ requiredEvents: 601 })).toEqual([]); // not checked while enrollment-driven
    expect(issues({ hazardRatio: 0 })[0]).toMatch(/endpoint\.hazardRatio: Hazard ratio must be above 0/);
    expect(issues({ controlMedianMonths: -1 })[0]).toMatch(/Control median must be above 0/);
    expect(issues({ allocation: 1 })[0]).toMatch(/below 100%/);
    expect(issues({ controlHazardPieces: [{ fromMonth: 3, hazardPerMonth: 0.1 }] })[0]).toMatch(
      /must start at month 0/,
    );
    expect(issues({ scoreOn: 'topline' })[0]).toMatch(/endpoint\.readoutDeadline: Give a topline deadline/);
  });
});
