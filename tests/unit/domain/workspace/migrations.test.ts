import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/domain/workspace/defaults';
import { DEFAULT_ENDPOINT } from '../../../../src/domain/workspace/endpoint';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  parseWorkspaceFile,
  serializeWorkspace,
} from '../../../../src/domain/workspace/index';

const fixtureDir = new URL('../../../fixtures/workspaces/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtureDir), 'utf8');

describe('workspace file migrations', () => {
  it('has a fixture file for every earlier schema version, and each opens', () => {
    // Given one fixture per shipped version (named v<N>-*.json)
    const fixtures = readdirSync(fixtureDir).filter((f) => /^v\d+-.*\.json$/.test(f));
    const versions = new Set(fixtures.map((f) => Number(/^v(\d+)/.exec(f)?.[1])));
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(versions, `fixture for v${v}`).toContain(v);
    // Then every one of them opens as a valid current workspace
    for (const name of fixtures) {
      const result = parseWorkspaceFile(read(name), name);
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.problems)}`).toBe(true);
    }
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('maps the v1 prototype fields onto the current names', () => {
    // When the v1 prototype file is opened
    const result = parseWorkspaceFile(read('v1-prototype.json'), 'v1-prototype.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Then renamed fields carry their values and new parts get defaults
    expect(result.migratedFrom).toBe(1);
    expect(result.workspace.study.targetRandomised).toBe(450);
    expect(result.workspace.study.plannedFirstSubmission).toBe('2027-01-15');
    expect(result.workspace.study.reportingCurrency).toBe('EUR');
    expect(result.workspace.countries.map((c) => c.iso2)).toEqual(['DE', 'PL', 'US']);
    expect(result.workspace.countries[0]?.overrides).toEqual({});
    expect(result.workspace.cros[0]?.scorecard.quality).toBe(3);
    // The 3s are defaults nobody entered: flagged, not passed off as a rating
    expect(result.workspace.cros.every((c) => c.scorecardStatus === 'unscored')).toBe(true);
    expect(result.workspace.scenarios[0]?.countries[1]).toMatchObject({
      iso2: 'US',
      siteCount: 10,
      useNamedSites: false,
    });
  });

  it('labels the sample CROs as fictional and scored', () => {
    const result = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.workspace.cros.length).toBeGreaterThan(0);
    for (const cro of result.workspace.cros) {
      expect(cro.provenance).toMatchObject({ fictional: true });
      expect(cro.provenance?.source).toMatch(/^Fictional/);
      expect(cro.scorecardStatus).toBe('scored');
    }
  });

  it('gives an old file the settings and endpoint of its day, whatever today’s defaults are', () => {
    // The values written out here, not read from the code: a migration's output is frozen (issue
    // 17). Today's defaults start from the migrations' copies (defaults.ts, endpoint.ts) but must
    // never feed back into them.
    const v1 = parseWorkspaceFile(read('v1-prototype.json'));
    const v2 = parseWorkspaceFile(read('v2-sample.json'));
    if (!v1.ok || !v2.ok) throw new Error('fixture invalid');
    expect(v1.workspace.settings).toEqual({
      seed: 20261121,
      monteCarloRuns: 10_000,
      optimismDiscount: 0.3,
      scoreWeights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
      scorecardWeights: { quality: 30, capacity: 20, regulatory: 20, therapeutic: 20, governance: 10 },
      sponsor: { hasAustralianEntity: false },
    });
    for (const migrated of [v1, v2])
      expect(migrated.workspace.study.endpoint).toEqual({
        kind: 'enrollment',
        followUpMonths: 0,
        requiredEvents: 200,
        controlMedianMonths: 12,
        controlHazardPieces: [],
        hazardRatio: 0.75,
        allocation: 0.5,
        dropoutRatePerYear: 0.05,
        dbLockLagMonths: 3,
        toplineLagMonths: 1,
        scoreOn: 'lpi',
      });
    // And a change to a live default (here: made in place) leaves the next migration unchanged.
    DEFAULT_SETTINGS.monteCarloRuns = 1;
    (DEFAULT_ENDPOINT.controlHazardPieces as unknown[]).push('changed');
    try {
      const again = parseWorkspaceFile(read('v1-prototype.json'));
      expect(again.ok && again.workspace.settings.monteCarloRuns).toBe(10_000);
      expect(again.ok && again.workspace.study.endpoint.controlHazardPieces).toEqual([]);
    } finally {
      DEFAULT_SETTINGS.monteCarloRuns = 10_000;
      (DEFAULT_ENDPOINT.controlHazardPieces as unknown[]).pop();
    }
  });

  it('round-trips: a migrated workspace saved again opens unchanged at the current version', () => {
    const first = parseWorkspaceFile(read('v1-prototype.json'));
    if (!first.ok) throw new Error('fixture invalid');
    const again = parseWorkspaceFile(serializeWorkspace(first.workspace));
    expect(again.ok && again.workspace).toEqual(first.workspace);
    expect(again.ok && again.migratedFrom).toBeUndefined();
  });
});

describe('refusing bad files', () => {
  it('explains malformed JSON', () => {
    const result = parseWorkspaceFile('{"schemaVersion": 2, "workspace": ', 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'broken.json', path: '' });
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/Not valid JSON/);
  });

  it('refuses a file from a newer version and says so', () => {
    const result = parseWorkspaceFile(
      JSON.stringify({ format: 'mrct-planner/workspace', schemaVersion: 99, workspace: {} }),
    );
    expect(!result.ok && result.problems[0]?.message).toMatch(/newer MRCT Planner/);
    expect(!result.ok && result.problems[0]?.path).toBe('schemaVersion');
  });

  it('refuses a JSON file that is not a workspace', () => {
    for (const text of ['[]', '42', '"x"', 'null', '{"hello": "world"}']) {
      const result = parseWorkspaceFile(text);
      expect(result.ok, text).toBe(false);
    }
  });

  it('names the JSON path of every invalid field', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8'),
    );
    sample.workspace.study.targetRandomised = -5;
    sample.workspace.sites[3].country = 'Germany';
    const result = parseWorkspaceFile(JSON.stringify(sample), 'edited.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('workspace.study.targetRandomised');
    expect(paths).toContain('workspace.sites[3].country');
  });
});
