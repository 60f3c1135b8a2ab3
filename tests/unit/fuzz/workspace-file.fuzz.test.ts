import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import sample from '../../../data/sample-workspace.json';
import v1 from '../../fixtures/workspaces/v1-prototype.json';
import {
  CURRENT_SCHEMA_VERSION,
  parseWorkspaceFile,
  serializeWorkspace,
  workspaceSchema,
  type ParseResult,
} from '../../../src/domain/workspace/index';
import {
  FUZZ_SEED,
  applyMutations,
  expectPrototypeClean,
  expectReadable,
  junkText,
  mutationArb,
  nastyValue,
} from './fuzz-helpers';

const FILE = 'fuzzed.mrct.json';

type SampleDoc = {
  workspace: {
    sites: Array<{ id: string; investigatorId?: string }>;
    investigators: Array<{ id: string }>;
    scenarios: Array<{ countries: Array<{ siteIds: string[] }> }>;
    actuals?: unknown;
  };
};

/**
 * The sample cut to two sites per country (and their PIs) plus an actuals block: every section
 * of the format is still there, but a random path lands on study, settings, CROs or scenarios as
 * often as on sites, and each parse takes ~0.5 ms instead of ~2 ms.
 */
function compactSample(): SampleDoc {
  const doc = structuredClone(sample) as SampleDoc;
  const ws = doc.workspace;
  ws.sites = ws.sites.filter((s) => /-0[12]$/.test(s.id));
  const kept = new Set(ws.sites.map((s) => s.id));
  const pis = new Set(ws.sites.map((s) => s.investigatorId));
  ws.investigators = ws.investigators.filter((p) => pis.has(p.id));
  for (const sc of ws.scenarios)
    for (const c of sc.countries) c.siteIds = c.siteIds.filter((id) => kept.has(id));
  ws.actuals = { asOf: '2027-09-30', rows: [{ siteId: 'US-01', date: '2027-09-01', randomised: 2 }] };
  return doc;
}
const compact = compactSample();

/**
 * The contract every input must meet: parseWorkspaceFile returns (never throws); a refusal
 * carries problems naming this file with a readable message; an acceptance validates against the
 * schema and survives a save/open round trip unchanged.
 */
function checkContract(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseWorkspaceFile(text, FILE);
  }).not.toThrow();
  const r = result!;
  if (r.ok) {
    expect(workspaceSchema.safeParse(r.workspace).success).toBe(true);
    const reopened = parseWorkspaceFile(serializeWorkspace(r.workspace, '2026-01-01T00:00:00.000Z'), FILE);
    expect(reopened.ok && reopened.workspace).toEqual(r.workspace);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file).toBe(FILE);
      expect(typeof p.path).toBe('string');
      expect(p.path).not.toContain('[object Object]');
      expectReadable(p.message, `problem at "${p.path}"`);
    }
  }
  return r;
}

const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

describe('parseWorkspaceFile under hostile input (fast-check, fixed seed)', { timeout: 60_000 }, () => {
  afterAll(() => expectPrototypeClean());

  it('accepts the unmodified sample and v1 fixture (the mutations start from valid files)', () => {
    // Given the shipped sample and the v1 fixture / When parsed / Then both open
    expect(checkContract(JSON.stringify(sample)).ok).toBe(true);
    expect(checkContract(JSON.stringify(v1)).ok).toBe(true);
  });

  it('never throws on random text and random JSON values (1,000 runs)', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        // Given arbitrary text / When parsed / Then a result, never an exception
        const r = checkContract(text);
        expect(r.ok).toBe(false);
      }),
      run(1000),
    );
  });

  it('mutated (compact) sample files: refused with readable problems or accepted as valid (1,200 runs)', () => {
    expect(checkContract(JSON.stringify(compact)).ok).toBe(true);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        // Given the sample damaged at random depths / When parsed / Then the contract holds
        checkContract(JSON.stringify(applyMutations(compact, mutations)));
        expectPrototypeClean();
      }),
      run(1200),
    );
  });

  it('mutated full sample files (61 sites) keep the contract too (150 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        checkContract(JSON.stringify(applyMutations(sample, mutations)));
      }),
      run(150),
    );
  });

  it('mutated v1 prototype files go through the migration without throwing (600 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkContract(JSON.stringify(applyMutations(v1, mutations)));
        expectPrototypeClean();
      }),
      run(600),
    );
  });

  it('truncated and spliced files are refused, never half-read (600 runs)', () => {
    const text = JSON.stringify(sample, null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 8 }), (cut, splice) => {
        // Given a file cut off mid-write (and optionally followed by junk) / Then it is refused
        expect(checkContract(text.slice(0, cut) + splice).ok).toBe(false);
      }),
      run(600),
    );
  });

  it('every schemaVersion from -5 to 10 (and non-integers) on both envelopes is handled', () => {
    const versions = [...Array.from({ length: 16 }, (_, i) => i - 5), 1.5, '2', null, 1e308, -0];
    for (const version of versions) {
      for (const base of [sample, v1] as unknown[]) {
        // Given a valid body under any version number / When parsed / Then only shipped versions open
        const r = checkContract(JSON.stringify({ ...(base as object), schemaVersion: version }));
        if (r.ok) expect(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1)).toContain(version);
        if (typeof version === 'number' && (version > CURRENT_SCHEMA_VERSION || version < 1)) {
          expect(r.ok).toBe(false);
          expect(!r.ok && r.problems[0]!.path).toBe('schemaVersion');
        }
      }
    }
  });

  it('a duplicated record id is always reported by name (200 runs)', () => {
    const lists = ['countries', 'investigators', 'sites', 'cros', 'scenarios'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), (list, pick) => {
        // Given the sample with one record of a list copied / Then "Duplicate id" names it
        const doc = structuredClone(sample) as unknown as { workspace: Record<string, unknown[]> };
        const items = doc.workspace[list]!;
        items.push(structuredClone(items[pick % items.length]));
        const r = checkContract(JSON.stringify(doc));
        expect(r.ok).toBe(false);
        expect(
          !r.ok &&
            r.problems.some((p) => p.path === `workspace.${list}` && /^Duplicate id ".+"$/.test(p.message)),
        ).toBe(true);
      }),
      run(200),
    );
  });

  it('hostile keys at any depth never pollute Object.prototype (400 runs)', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        nastyValue,
        (at, key, value) => {
          // Given a file whose text carries a hostile key somewhere / When parsed / Then no global change
          const raw = JSON.stringify(applyMutations(compact, [{ op: 'protoKey', at, key, value }]));
          const r = checkContract(raw);
          expectPrototypeClean();
          if (r.ok) {
            for (const c of r.workspace.countries)
              expect([Object.prototype, null]).toContain(Object.getPrototypeOf(c.overrides));
            for (const s of r.workspace.scenarios)
              expect([Object.prototype, null]).toContain(Object.getPrototypeOf(s.overrides));
          }
        },
      ),
      run(400),
    );
  });

  it('regression: a 10,000-character unknown id is not echoed in full in the problem message', () => {
    // Given a site pointing at a hostile 10,000-character investigator id (found by the fuzzer)
    const doc = structuredClone(sample) as { workspace: { sites: Array<Record<string, unknown>> } };
    doc.workspace.sites[0]!.investigatorId = 'x'.repeat(10_000);
    // When parsed
    const r = checkContract(JSON.stringify(doc));
    // Then the unknown-investigator problem quotes at most 64 characters of it
    const unknown = !r.ok ? r.problems.find((p) => p.message.startsWith('Unknown investigator')) : undefined;
    expect(unknown?.message).toBe(`Unknown investigator "${'x'.repeat(64)}…"`);
  });

  it('numbers JSON cannot hold (1e999 → Infinity), huge arrays and deep nesting are refused cleanly', () => {
    const text = JSON.stringify(sample);
    const cases = [
      text.replace('"targetRandomised":600', '"targetRandomised":1e999'),
      text.replace('"screenFailureRate":0.35', '"screenFailureRate":-1e999'),
      text.replace('"sites":[', `"sites":[${'['.repeat(5000)}${']'.repeat(5000)},`),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"schemaVersion":2,"format":"mrct-planner/workspace","workspace":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
      text.replace('"sites":[', `"sites":[${Array.from({ length: 3_000 }, () => '{}').join(',')},`),
    ];
    for (const c of cases) expect(checkContract(c).ok).toBe(false);
  });
});
