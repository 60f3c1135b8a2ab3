// @vitest-environment happy-dom
import fc from 'fast-check';
import LZString from 'lz-string';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  COUNTRY_PARAMETER_KEYS,
  CURRENT_SCHEMA_VERSION,
  parseWorkspaceFile,
  SCENARIO_STUDY_OVERRIDES,
  WORKSPACE_FORMAT,
  type Workspace,
} from '../../../src/domain/workspace/index';
import { monteCarloWorkPerRun } from '../../../src/engine/forecast/index';
import { optimizeCountryMix } from '../../../src/engine/optimizer/solver/optimize';
import { optimizerSpecSchema } from '../../../src/engine/optimizer/solver/spec';
import { evaluateScenario } from '../../../src/engine/evaluation/evaluate';
import {
  FORECAST_SITE_RUNS,
  HARD_BUDGET_FACTOR,
  runsWithinWork,
} from '../../../src/engine/evaluation/run-budget';
import { openSharePayload } from '../../../src/io/share/share-link';
import { setCountryOverride } from '../../../src/state/actions/countries';
import { setScenarioOverride } from '../../../src/state/actions/scenarios';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { expectReadable, FUZZ_SEED } from './fuzz-helpers';

/**
 * Issue #14 "Done when": every boundary — a workspace file (Open…, browser storage, `mrct
 * validate`), a share link, the store's override actions, actuals, the forecast's work budget and
 * the optimizer's spec — applies the SAME rules, and whatever one of them accepts the engine
 * evaluates without throwing and with finite (or explained) numbers. Fixed seed; about 30 s.
 */
const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

/** The sample cut to two sites per country, so an evaluation takes milliseconds. */
function compactSample(): Workspace {
  const ws = loadSampleWorkspace();
  ws.sites = ws.sites.filter((s) => /-0[12]$/.test(s.id));
  const kept = new Set(ws.sites.map((s) => s.id));
  const pis = new Set(ws.sites.map((s) => s.investigatorId));
  ws.investigators = ws.investigators.filter((p) => pis.has(p.id));
  for (const sc of ws.scenarios)
    for (const c of sc.countries) c.siteIds = c.siteIds.filter((id) => kept.has(id));
  return ws;
}
const base = compactSample();
const fileText = (ws: unknown) =>
  JSON.stringify({ format: WORKSPACE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, workspace: ws });

const edgeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1e-6,
    0.049,
    0.05,
    0.5,
    0.9,
    0.95,
    0.99,
    1,
    3,
    20,
    20.0001,
    1500,
    1e7,
    1e9,
    -1,
    Number.MAX_VALUE,
  ),
  fc.double({ min: -10, max: 2000, noNaN: true }),
);
const overrideValue = fc.oneof(
  edgeNumber,
  fc.tuple(edgeNumber, edgeNumber, edgeNumber).map(([min, mode, max]) => ({ min, mode, max })),
);
const countryKey = fc.constantFrom(...COUNTRY_PARAMETER_KEYS);
const scenarioKey = fc.oneof(
  fc.constantFrom(...Object.keys(SCENARIO_STUDY_OVERRIDES)),
  fc
    .tuple(fc.constantFrom('US', 'JP', 'DE', 'XX'), fc.oneof(countryKey, fc.constantFrom('nonsense')))
    .map(([c, k]) => `country:${c}:${k}`),
);
const dateText = fc.oneof(
  fc.constantFrom(
    'garbage',
    '2027-02-30',
    '0050-01-01',
    '2199-12-31',
    '2200-01-01',
    '2027-09-30',
    '2026-01-01',
    '2028-06-30',
    '',
  ),
  fc
    .date({ min: new Date('1890-01-01'), max: new Date('2210-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** One random edit of the kind that reached the engine unchecked before issue #14. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('country-override' as const),
    country: fc.nat(20),
    key: countryKey,
    value: overrideValue,
  }),
  fc.record({
    kind: fc.constant('scenario-override' as const),
    scenario: fc.nat(1),
    key: scenarioKey,
    value: edgeNumber,
  }),
  fc.record({ kind: fc.constant('duplicate-site' as const), scenario: fc.nat(1), country: fc.nat(20) }),
  fc.record({ kind: fc.constant('duplicate-country' as const), scenario: fc.nat(1), country: fc.nat(20) }),
  fc.record({
    kind: fc.constant('move-site' as const),
    scenario: fc.nat(1),
    from: fc.nat(20),
    to: fc.nat(20),
  }),
  fc.record({
    kind: fc.constant('cap' as const),
    scenario: fc.nat(1),
    country: fc.nat(20),
    cap: fc.nat(400),
  }),
  fc.record({
    kind: fc.constant('actuals' as const),
    asOf: fc.option(dateText, { nil: undefined }),
    rows: fc.array(fc.record({ site: fc.nat(40), date: dateText, randomised: fc.nat(30) }), { maxLength: 4 }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(ws: Workspace, e: Edit): void {
  const pick = <T>(list: T[], i: number) => list[i % Math.max(1, list.length)];
  if (e.kind === 'country-override') {
    const c = pick(ws.countries, e.country);
    if (c) c.overrides[e.key] = { value: e.value };
  } else if (e.kind === 'scenario-override') {
    pick(ws.scenarios, e.scenario)!.overrides[e.key] = e.value;
  } else if (e.kind === 'actuals') {
    ws.actuals = {
      ...(e.asOf !== undefined ? { asOf: e.asOf } : {}),
      rows: e.rows.map((r) => ({
        siteId: pick(ws.sites, r.site)?.id ?? 'none',
        date: r.date,
        randomised: r.randomised,
      })),
    };
  } else {
    const sc = pick(ws.scenarios, e.scenario)!;
    if (e.kind === 'duplicate-site')
      pick(sc.countries, e.country)?.siteIds.push(
        ...(pick(sc.countries, e.country)?.siteIds.slice(0, 1) ?? []),
      );
    else if (e.kind === 'duplicate-country')
      sc.countries.push(structuredClone(pick(sc.countries, e.country)!));
    else if (e.kind === 'cap') pick(sc.countries, e.country)!.cap = e.cap;
    else {
      const from = pick(sc.countries, e.from)!;
      const to = pick(sc.countries, e.to)!;
      const moved = from.siteIds.pop();
      if (moved) to.siteIds.push(moved);
    }
  }
}

beforeEach(() => {
  useAppStore.setState({ workspace: structuredClone(base), notices: [], hydrated: true });
  useAppStore.temporal.getState().clear();
});

describe('one validator at every boundary (fast-check, fixed seed)', { timeout: 120_000 }, () => {
  it('a file the validator accepts evaluates without throwing, every number finite or explained (40 runs)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const ws = structuredClone(base);
        for (const e of edits) applyEdit(ws, e);
        const parsed = parseWorkspaceFile(fileText(ws), 'fuzzed.mrct.json');
        if (!parsed.ok) {
          for (const p of parsed.problems) {
            expect(p.path).toMatch(/^workspace\./);
            expectReadable(p.message);
          }
          return;
        }
        for (const scenario of parsed.workspace.scenarios) {
          const e = evaluateScenario(parsed.workspace, scenario.id, { runs: 100 });
          expect(e.forecast.pReachByDeadline).toBeGreaterThanOrEqual(0);
          expect(e.forecast.pReachByDeadline).toBeLessThanOrEqual(1);
          if (e.siteCount > 0) {
            expect(Number.isFinite(e.cost!.expectedTotal), `cost of ${scenario.name}`).toBe(true);
            expect(Number.isFinite(e.cost!.p90)).toBe(true);
            if (!Number.isFinite(e.forecast.timeToTarget.p50))
              expect(e.warnings.length + (e.forecast.pReachByDeadline === 0 ? 1 : 0)).toBeGreaterThan(0);
          }
        }
      }),
      run(40),
    );
  });

  it('the store refuses an override exactly when a file holding it would be refused (600 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constant('country' as const), countryKey, overrideValue),
          fc.tuple(fc.constant('scenario' as const), scenarioKey, edgeNumber),
        ),
        ([where, key, value]) => {
          useAppStore.setState({ workspace: structuredClone(base) });
          const ws = structuredClone(base);
          let refusedByStore: string | null;
          if (where === 'country') {
            refusedByStore = setCountryOverride(
              ws.countries[0]!.iso2,
              key as (typeof COUNTRY_PARAMETER_KEYS)[number],
              value,
            );
            ws.countries[0]!.overrides[key] = { value };
          } else {
            refusedByStore = setScenarioOverride(ws.scenarios[0]!.id, key, value as number);
            ws.scenarios[0]!.overrides[key] = value as number;
          }
          const refusedByFile = !parseWorkspaceFile(fileText(ws)).ok;
          expect(
            refusedByStore !== null,
            `${where} ${key} = ${JSON.stringify(value)}: store says ${refusedByStore}`,
          ).toBe(refusedByFile);
        },
      ),
      run(600),
    );
  });

  it('a share link opens exactly when the same workspace as a file would (150 runs)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const ws = structuredClone(base);
        for (const e of edits) applyEdit(ws, e);
        const envelope = {
          kind: 'mrct-planner/share',
          file: { format: WORKSPACE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, workspace: ws },
        };
        const link = openSharePayload(LZString.compressToEncodedURIComponent(JSON.stringify(envelope)));
        const file = parseWorkspaceFile(fileText(ws));
        expect(link.ok).toBe(file.ok);
        if (!link.ok) for (const d of link.details) expectReadable(d);
      }),
      run(150),
    );
  });

  it('the forecast work budget holds for any caps and target (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 100, max: 200_000 }),
        (target, caps, requested) => {
          const ws = structuredClone(base);
          ws.study.targetRandomised = target;
          const sc = ws.scenarios[1]!;
          sc.countries.forEach((c, i) => {
            const cap = caps[i % caps.length];
            if (cap === undefined) delete c.cap;
            else c.cap = cap;
          });
          const input = {
            target,
            sites: {
              count: 40,
              shape: new Float64Array(40).fill(2),
              rate: new Float64Array(40).fill(4),
              country: Int32Array.from({ length: 40 }, (_, i) => i % 8),
              cap: new Float64Array(40).fill(Infinity),
              opensAt: new Float64Array(40),
              pNever: new Float64Array(40),
            },
            countryIds: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
            countryCaps: Object.fromEntries(
              caps.flatMap((c, i) =>
                c === undefined ? [] : [[['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'][i]!, c]],
              ),
            ),
          };
          const work = monteCarloWorkPerRun(input as never);
          const runs = runsWithinWork(requested, work, FORECAST_SITE_RUNS);
          expect(runs).toBeGreaterThanOrEqual(Math.min(requested, 20));
          expect(runs <= requested).toBe(true);
          if (runs > 20) expect(runs * work).toBeLessThanOrEqual(HARD_BUDGET_FACTOR * FORECAST_SITE_RUNS);
        },
      ),
      run(2000),
    );
  });

  it('an optimizer spec is refused with a path, or its result has no Infinity or NaN (150 runs)', () => {
    const country = fc.record({
      id: fc.constantFrom('US', 'JP', 'DE'),
      rateMean: fc.oneof(fc.constantFrom(1e-9, 0.1, 1, 1e6), fc.double({ min: -1, max: 5, noNaN: true })),
      rateVariance: fc.double({ min: 0, max: 3, noNaN: true }),
      maxSites: fc.integer({ min: 0, max: 40 }),
      siteStartupCost: fc.constantFrom(0, 1, 50_000, 1e9),
      siteMonthlyCost: fc.constantFrom(0, 2_000),
      perPatientCost: fc.constantFrom(0, 10_000),
    });
    const spec = fc.record({
      target: fc.oneof(fc.constantFrom(1, 50, 1e6), fc.integer({ min: -5, max: 500 })),
      windowMonths: fc.oneof(
        fc.constantFrom(1e-9, 1, 24, 1200, 1201, 1e308),
        fc.double({ min: -1, max: 100, noNaN: true }),
      ),
      budget: fc.option(fc.constantFrom(1, 1000, 1e6, 1e8), { nil: undefined }),
      countries: fc.uniqueArray(country, { minLength: 1, maxLength: 3, selector: (c) => c.id }),
    });
    fc.assert(
      fc.property(spec, (raw) => {
        const parsed = optimizerSpecSchema.safeParse(raw);
        if (!parsed.success) return;
        const result = optimizeCountryMix(parsed.data, { monteCarloRuns: 100, maxNodes: 20_000 });
        const text = JSON.stringify(result, (_k, v) =>
          typeof v === 'number' && !Number.isFinite(v) ? `NONFINITE:${v}` : v,
        );
        expect(text, JSON.stringify(raw)).not.toMatch(/NONFINITE/);
        if (!result.feasible) for (const b of result.binding) expectReadable(b.message);
      }),
      run(150),
    );
  });
});
