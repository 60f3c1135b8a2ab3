/**
 * Scale benchmark (issue 9, "Scale"): the generated 10,000-site, 60-country, 20-scenario
 * workspace through the same code paths the app uses — file generation, serialisation and
 * parsing, an edit through the store (with its undo history), the worker's structured clone of
 * the workspace, evaluateScenario quick/full for the largest scenario, and compareScenarios of
 * six scenarios quick/full. Node figures; tests/e2e/scale.spec.ts measures the same in Chromium.
 *
 *   npx tsx bench/scale.bench.ts      (or npm run bench for every bench)
 */
import { pathToFileURL } from 'node:url';
import { parseWorkspaceFile, serializeWorkspace, type Workspace } from '../src/domain/workspace/index';
import { compareScenarios } from '../src/engine/evaluation/compare';
import { evaluateScenario } from '../src/engine/evaluation/evaluate';
import { scenarioMarketShares } from '../src/engine/optimizer/from-workspace/market-shares';
import { useAppStore } from '../src/state/store';
import { generateScaleWorkspace } from '../scripts/generate-scale-workspace';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function time<T>(label: string, fn: () => T, repeats = 1): T {
  let result: T = fn();
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(64)} ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(9)} ms`);
  return result;
}

function heap(label: string) {
  gc?.();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(64)} heap ${mb(m.heapUsed).padStart(9)}  rss ${mb(m.rss)}`);
}

function siteCount(ws: Workspace, id: string): number {
  const s = ws.scenarios.find((x) => x.id === id);
  return s ? s.countries.reduce((n, c) => n + (c.useNamedSites ? c.siteIds.length : c.siteCount), 0) : 0;
}

export async function run(): Promise<void> {
  console.log(`Node ${process.version}${gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`);
  heap('start');
  const generated = time('generate 10,000 sites / 60 countries / 20 scenarios', () =>
    generateScaleWorkspace(),
  );
  const text = time('serialise (Save file / autosave)', () => serializeWorkspace(generated));
  console.log(`${'file size'.padEnd(64)} ${mb(text.length).padStart(12)}`);
  const parsed = time('parse + migrate + validate (Open…)', () => parseWorkspaceFile(text));
  if (!parsed.ok) throw new Error(`generated workspace refused: ${parsed.problems[0]?.message}`);
  const ws = parsed.workspace;
  time('structuredClone of the workspace (worker request)', () => structuredClone(ws), 5);

  // Edits through the real store, with zundo's undo history.
  const store = useAppStore;
  store.getState().replaceWorkspace(ws);
  store.temporal.getState().clear();
  heap('store holds the workspace');
  let n = 0;
  time(
    'edit a study field through the store (editWorkspace)',
    () => store.getState().editWorkspace((d) => void (d.study.name = `Edit ${n++}`)),
    5,
  );
  time(
    'edit one site through the store (editWorkspace)',
    () => store.getState().editWorkspace((d) => void (d.sites[5]!.competingTrials = n++ % 5)),
    5,
  );
  for (let i = 0; i < 40; i++) store.getState().editWorkspace((d) => void (d.study.name = `Edit ${n++}`));
  console.log(
    `${'undo history length'.padEnd(64)} ${String(store.temporal.getState().pastStates.length).padStart(12)}`,
  );
  heap('after 52 edits (undo history kept)');

  const largest = [...ws.scenarios].sort((a, b) => siteCount(ws, b.id) - siteCount(ws, a.id));
  const big = largest[0]!.id;
  console.log(`largest scenario ${big}: ${siteCount(ws, big)} sites`);
  time('evaluateScenario largest, quick (1,000 runs)', () => evaluateScenario(ws, big, { runs: 1000 }));
  time('evaluateScenario largest, full (10,000 runs)', () => evaluateScenario(ws, big));
  time('scenarioMarketShares largest (4,000 runs)', () => scenarioMarketShares(ws, big, { runs: 4000 }));
  heap('after evaluations');

  const firstSix = ws.scenarios.slice(0, 6).map((s) => s.id);
  const bigSix = largest.slice(0, 6).map((s) => s.id);
  console.log(
    `compare: first six ${firstSix.map((id) => siteCount(ws, id)).join('/')} sites; largest six ${bigSix.map((id) => siteCount(ws, id)).join('/')} sites`,
  );
  time('compareScenarios first six (Compare default), quick (1,000 runs)', () =>
    compareScenarios(ws, firstSix, { runs: 1000 }),
  );
  time('compareScenarios first six, full (10,000 runs)', () => compareScenarios(ws, firstSix));
  time('compareScenarios largest six, quick (1,000 runs)', () =>
    compareScenarios(ws, bigSix, { runs: 1000 }),
  );
  time('compareScenarios largest six, full (10,000 runs)', () => compareScenarios(ws, bigSix));
  heap('end');
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await run();
