import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
