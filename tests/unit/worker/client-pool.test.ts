import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../../src/domain/workspace/index';
import { compareScenarios } from '../../../src/engine/evaluation/compare';
import { EngineClient } from '../../../src/worker/client';
import { resolveCachedArgs, type EngineReply, type EngineRequest } from '../../../src/worker/protocol';
import { engineSplitters } from '../../../src/worker/splitters';

/** A worker stand-in that runs `commands` like engine.worker.ts (cached arguments included), after a delay. */
const commands = {
  echo: (w: { id: string }, n: number) => `${w.id}:${n}`,
  compareScenarios,
};
class PoolWorker {
  static all: PoolWorker[] = [];
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly cache = new Map<number, unknown>();
  busy = 0;
  maxBusy = 0;
  readonly commands: string[] = [];
  constructor() {
    PoolWorker.all.push(this);
  }
  postMessage(req: EngineRequest) {
    this.busy++;
    this.maxBusy = Math.max(this.maxBusy, this.busy);
    let reply: EngineReply;
    try {
      const args = resolveCachedArgs(req, this.cache);
      this.commands.push(`${req.command}(${JSON.stringify(args.slice(1))})`);
      const fn = commands[req.command as keyof typeof commands] as (...a: unknown[]) => unknown;
      reply = { id: req.id, ok: true, result: fn(...args) };
    } catch (error) {
      reply = { id: req.id, ok: false, error: String(error) };
    }
    setTimeout(() => {
      this.busy--;
      this.onmessage?.({ data: reply } as MessageEvent<EngineReply>);
    }, 10);
  }
  terminate() {}
}

const pool = (splitters = {}) => {
  PoolWorker.all = [];
  return new EngineClient<typeof commands>(
    () => new PoolWorker() as unknown as Worker,
    async () => commands,
    { poolSize: 2, splitters },
  );
};
const ws = (id: string) => ({ id, study: {}, sites: [], scenarios: [] });

describe('engine client pool', () => {
  it('starts a second worker only when work waits, and never gives a worker two requests at once', async () => {
    const client = pool();
    await client.run('echo', [ws('a'), 1]);
    expect(PoolWorker.all).toHaveLength(1);
    const a = ws('a');
    const answers = await Promise.all([1, 2, 3, 4].map((n) => client.run('echo', [a, n])));
    expect(answers).toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
    expect(PoolWorker.all).toHaveLength(2);
    expect(PoolWorker.all.map((w) => w.maxBusy)).toEqual([1, 1]);
    expect(PoolWorker.all.every((w) => w.commands.length >= 1)).toBe(true);
  });

  it('keeps each worker’s cached workspaces in step (no lost cached argument across workers)', async () => {
    const client = pool();
    const spaces = ['a', 'b', 'c', 'd', 'e'].map(ws);
    const answers = await Promise.all(
      spaces.flatMap((w, i) => [client.run('echo', [w, i]), client.run('echo', [w, i + 10])]),
    );
    expect(answers).toEqual(spaces.flatMap((w, i) => [`${w.id}:${i}`, `${w.id}:${i + 10}`]));
  });

  it('shares a comparison out, one scenario per request, with the numbers of the unsplit comparison', async () => {
    const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
    if (!parsed.ok) throw new Error('sample invalid');
    const workspace = parsed.workspace;
    const ids = workspace.scenarios.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const client = pool(engineSplitters);
    const split = await client.run('compareScenarios', [workspace, ids, { runs: 200 }]);
    expect(PoolWorker.all.flatMap((w) => w.commands)).toHaveLength(ids.length);
    expect(PoolWorker.all).toHaveLength(2);
    expect(JSON.stringify(split)).toBe(JSON.stringify(compareScenarios(workspace, ids, { runs: 200 })));
    // The whole and each part are cached: a screen asking for one of the scenarios gets it at once.
    expect(client.peek('compareScenarios', [workspace, ids, { runs: 200 }])).toBe(split);
    expect(client.peek('compareScenarios', [workspace, [ids[1]!], { runs: 200 }])).toEqual([split[1]]);
  });
});

describe('engine client warm-up', () => {
  it('starts every worker of the pool before any request', () => {
    const client = pool();
    client.warmUp();
    expect(PoolWorker.all).toHaveLength(2);
  });
});

describe('engine client pool with a large workspace', () => {
  it('keeps a workspace of more than 2,000 sites with one worker (one clone, a core left for the page)', async () => {
    const client = pool();
    const big = { id: 'big', study: {}, sites: Array.from({ length: 2_001 }, () => ({})), scenarios: [] };
    const answers = await Promise.all([1, 2, 3].map((n) => client.run('echo', [big, n])));
    expect(answers).toEqual(['big:1', 'big:2', 'big:3']);
    expect(PoolWorker.all).toHaveLength(1);
  });
});
