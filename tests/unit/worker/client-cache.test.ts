import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/worker/client';
import {
  CACHED_SLOT,
  resolveCachedArgs,
  type EngineReply,
  type EngineRequest,
} from '../../../src/worker/protocol';

/** A worker stand-in that keeps cached arguments like engine.worker.ts and echoes a workspace's id. */
class CachingWorker {
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly cache = new Map<number, unknown>();
  readonly inline: string[] = [];
  postMessage(req: EngineRequest) {
    for (const a of req.args)
      if (typeof a === 'object' && a !== null && !(CACHED_SLOT in a) && 'sites' in a)
        this.inline.push((a as unknown as { id: string }).id);
    let reply: EngineReply;
    try {
      const args = resolveCachedArgs(req, this.cache);
      reply = { id: req.id, ok: true, result: (args[0] as { id: string }).id };
    } catch (error) {
      reply = { id: req.id, ok: false, error: String(error) };
    }
    setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<EngineReply>), 1);
  }
  terminate() {}
}

const ws = (id: string) => ({ id, study: {}, sites: [], scenarios: [] });
/** The client is generic over its command map; these tests need one command, (workspace, n) → id. */
const commands = { echo: (w: { id: string }, _n: number) => w.id };
type Commands = typeof commands;
const clientOver = (worker: CachingWorker) =>
  new EngineClient<Commands>(
    () => worker as unknown as Worker,
    async () => commands,
  );

describe('engine client workspace cache', () => {
  it('sends a workspace once and refers to it afterwards; a new workspace is sent again', async () => {
    // Given a client over a caching worker
    const worker = new CachingWorker();
    const client = clientOver(worker);
    const a = ws('a');
    const b = ws('b');
    // When the same workspace goes with several requests, then an edited one, then the first again
    const results = [
      await client.run('echo', [a, 1]),
      await client.run('echo', [a, 2]),
      await client.run('echo', [b, 1]),
      await client.run('echo', [b, 2]),
      await client.run('echo', [a, 3]),
    ];
    // Then every request saw its own workspace, and each was cloned into the worker only once
    expect(results).toEqual(['a', 'a', 'b', 'b', 'a']);
    expect(worker.inline).toEqual(['a', 'b']);
  });

  it('keeps only the last two workspaces, in step with the worker', async () => {
    const worker = new CachingWorker();
    const client = clientOver(worker);
    const [a, b, c] = [ws('a'), ws('b'), ws('c')];
    for (const [i, w] of [a, b, c, a, c].entries()) await client.run('echo', [w, i]);
    // a was dropped when c arrived, so it is sent again; c is still cached
    expect(worker.inline).toEqual(['a', 'b', 'c', 'a']);
    expect(worker.cache.size).toBe(2);
  });
});

describe('engine client result cache', () => {
  it('answers a repeated request (same workspace revision, same arguments) without the worker', async () => {
    const worker = new CachingWorker();
    const client = clientOver(worker);
    const a = ws('a');
    const posted: number[] = [];
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (req: EngineRequest) => {
      posted.push(req.id);
      post(req);
    };
    // When two screens ask for the same thing, then one asks with other arguments
    expect(await client.run('echo', [a, 1])).toBe('a');
    expect(client.peek('echo', [a, 1])).toBe('a');
    expect(await client.run('echo', [a, 1])).toBe('a');
    expect(await client.run('echo', [a, 2])).toBe('a');
    // Then only the two distinct requests reached the worker
    expect(posted).toHaveLength(2);
    // And an edited workspace (a new object, even with equal content) is computed afresh
    expect(client.peek('echo', [ws('a'), 1])).toBeUndefined();
  });

  it('does not cache failures', async () => {
    let calls = 0;
    const flaky = {
      once: (_n: number) => {
        calls++;
        if (calls === 1) throw new Error('first call fails');
        return 'ok';
      },
    };
    const client = new EngineClient<typeof flaky>(null, async () => flaky);
    await expect(client.run('once', [1])).rejects.toThrow(/first call fails/);
    await expect(client.run('once', [1])).resolves.toBe('ok');
    expect(calls).toBe(2);
  });
});
