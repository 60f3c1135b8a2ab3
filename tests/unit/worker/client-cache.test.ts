import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/worker/client';
import { CACHED_SLOT, resolveCachedArgs, type EngineReply, type EngineRequest } from '../../../src/worker/protocol';

/** A worker stand-in that keeps cached arguments like engine.worker.ts and echoes a workspace's id. */
class CachingWorker {
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly cache = new Map<number, unknown>();
  readonly inline: string[] = [];
  postMessage(req: EngineRequest) {
    for (const a of req.args) if (typeof a === 'object' && a !== null && !(CACHED_SLOT in a) && 'sites' in a) this.inline.push((a as unknown as { id: string }).id);
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

describe('engine client workspace cache', () => {
  it('sends a workspace once and refers to it afterwards; a new workspace is sent again', async () => {
    // Given a client over a caching worker
    const worker = new CachingWorker();
    const client = new EngineClient(() => worker as unknown as Worker);
    const a = ws('a');
    const b = ws('b');
    // When the same workspace goes with several requests, then an edited one, then the first again
    const results = [
      await client.run('ping', [a as never]),
      await client.run('ping', [a as never]),
      await client.run('ping', [b as never]),
      await client.run('ping', [b as never]),
      await client.run('ping', [a as never]),
    ];
    // Then every request saw its own workspace, and each was cloned into the worker only once
    expect(results).toEqual(['a', 'a', 'b', 'b', 'a']);
    expect(worker.inline).toEqual(['a', 'b']);
  });

  it('keeps only the last two workspaces, in step with the worker', async () => {
    const worker = new CachingWorker();
    const client = new EngineClient(() => worker as unknown as Worker);
    const [a, b, c] = [ws('a'), ws('b'), ws('c')];
    for (const w of [a, b, c, a, c]) await client.run('ping', [w as never]);
    // a was dropped when c arrived, so it is sent again; c is still cached
    expect(worker.inline).toEqual(['a', 'b', 'c', 'a']);
    expect(worker.cache.size).toBe(2);
  });
});
