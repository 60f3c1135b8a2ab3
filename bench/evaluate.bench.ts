/**
 * Issue #17 speed figures for the sample workspace, printed by `npm run bench`:
 * - `mrct evaluate data/sample-workspace.json` end to end (a fresh process each time, the
 *   prebuilt CLI): wall and CPU (user + system, every thread) medians, on two threads and on one
 *   (the default picks two when the load average leaves a core free). Target: ≤ 2 s.
 * - The engine part of "edit → updated forecast" on the Scenarios screen: evaluateScenario as the
 *   worker runs it, the quick pass (1,000 runs, `quick`) and the refined pass (workspace runs).
 *   Chromium's figure (with rendering) is printed by tests/e2e/responsiveness.spec.ts.
 * On a shared machine wall times follow the load; the CPU figures move less.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseWorkspaceFile } from '../src/domain/workspace/index';
import { evaluateScenario } from '../src/engine/evaluation/evaluate';
import { QUICK_RUNS } from '../src/ui/features/scenarios/use-scenario-evaluation';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeCli(args: string[], repeats: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    // /usr/bin/time would be simpler but is not everywhere: the child reports its own CPU.
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-ms "+((u.user+u.system)/1000)+"\\n")})',
        'bin/mrct.js',
        ...args,
      ],
      { encoding: 'utf8' },
    );
    wall.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`mrct ${args.join(' ')} failed: ${r.stderr}`);
    cpu.push(Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function run(): Promise<void> {
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (2 cores shared: wall times follow it)`,
  );
  // bin/mrct.js runs the bundle only when it is newer than the sources: build it first.
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const sample = ['evaluate', 'data/sample-workspace.json'];
  for (const [label, args] of [
    ['mrct evaluate sample --threads 2', [...sample, '--threads', '2']],
    ['mrct evaluate sample --threads 1', [...sample, '--threads', '1']],
  ] as const) {
    const t = timeCli([...args], 5);
    console.log(
      `${label.padEnd(58)} median ${t.wall.toFixed(0).padStart(6)} ms wall, cpu ${t.cpu.toFixed(0)} ms (target ≤ 2,000 ms)`,
    );
  }

  const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'), 'sample');
  if (!parsed.ok) throw new Error('sample workspace invalid');
  const ws = parsed.workspace;
  const id = ws.scenarios[0]!.id;
  for (const [label, options, repeats] of [
    [`evaluateScenario quick pass (${QUICK_RUNS} runs, quick)`, { runs: QUICK_RUNS, quick: true }, 11],
    [`evaluateScenario ${QUICK_RUNS} runs, everything`, { runs: QUICK_RUNS }, 11],
    [`evaluateScenario refined (${ws.settings.monteCarloRuns} runs)`, {}, 5],
  ] as const) {
    for (let i = 0; i < 2; i++) evaluateScenario(ws, id, options);
    const ms: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      evaluateScenario(ws, id, options);
      ms.push(performance.now() - t0);
      cpu.push(process.cpuUsage(c0).user / 1000);
    }
    console.log(
      `${label.padEnd(58)} median ${median(ms).toFixed(1).padStart(7)} ms (cpu ${median(cpu).toFixed(1)})  best ${Math.min(...ms).toFixed(1)} ms`,
    );
  }
}
