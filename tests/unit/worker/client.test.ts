import { describe, expect, it } from 'vitest';
import { EngineClient, SupersededError } from '../../../src/worker/client';
import type { EngineReply, EngineRequest } from '../../../src/worker/protocol';

/** A tiny command map for exercising the client (production ships only engine commands). */
const testCommands = {
  ping: (text: string) => `pong: ${text}`,
  fail: (): string => {
    throw new Error('engine said no');
  },
};
const loadTestCommands = async () => testCommands;

/** A stand-in for the browser's Worker that answers from the real command map after a delay. */
class FakeWorker {
  static created = 0;
  static terminated = 0;
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private dead = false;
  constructor(private readonly delayMs = 5) {
    FakeWorker.created++;
  }
  postMessage(req: EngineRequest) {
    setTimeout(() => {
      if (this.dead) return;
      const fn = (testCommands as Record<string, (...a: unknown[]) => unknown>)[req.command];
      this.onmessage?.({
        data: { id: req.id, ok: true, result: fn?.(...req.args) },
      } as MessageEvent<EngineReply>);
    }, this.delayMs);
  }
  terminate() {
    this.dead = true;
    FakeWorker.terminated++;
  }
}

/** A client over a fake worker that records the first argument of every request it is sent, in order. */
function recordingClient() {
  const order: string[] = [];
  class RecordingWorker extends FakeWorker {
    override postMessage(req: EngineRequest) {
      order.push(String(req.args[0]));
      super.postMessage(req);
    }
  }
  const client = new EngineClient(() => new RecordingWorker(5) as unknown as Worker, loadTestCommands);
  return { order, client };
}

describe('engine client', () => {
  it('matches replies to requests by id', async () => {
    const client = new EngineClient(() => new FakeWorker() as unknown as Worker, loadTestCommands);
    const [a, b] = await Promise.all([client.run('ping', ['a']), client.run('ping', ['b'])]);
    expect([a, b]).toEqual(['pong: a', 'pong: b']);
  });

  it('cancels a stale request with the same key and restarts the worker busy with it', async () => {
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
    const client = new EngineClient(() => new FakeWorker(20) as unknown as Worker, loadTestCommands);
    const first = client.run('ping', ['first'], 'forecast');
    await Promise.resolve(); // sent: the worker is busy with it
    const other = client.run('ping', ['other']);
    const second = client.run('ping', ['second'], 'forecast');
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    await expect(second).resolves.toBe('pong: second');
    // the unrelated request survived the restart
    await expect(other).resolves.toBe('pong: other');
    expect(FakeWorker.terminated).toBe(1);
    expect(FakeWorker.created).toBe(2);
  });

  it('drops a superseded request that was still queued without restarting the worker', async () => {
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
    const client = new EngineClient(() => new FakeWorker(20) as unknown as Worker, loadTestCommands);
    const other = client.run('ping', ['other']);
    await Promise.resolve(); // sent: the worker is busy with it, `first` waits in the queue
    const first = client.run('ping', ['first'], 'forecast');
    const second = client.run('ping', ['second'], 'forecast');
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    await expect(second).resolves.toBe('pong: second');
    await expect(other).resolves.toBe('pong: other');
    expect(FakeWorker.terminated).toBe(0);
    expect(FakeWorker.created).toBe(1);
  });

  it('sends queued requests by priority: the quick pass of what is on screen first', async () => {
    const { order, client } = recordingClient();
    await Promise.all([
      client.run('ping', ['busy'], undefined, 0),
      client.run('ping', ['shares-full'], undefined, 3),
      client.run('ping', ['shares-quick'], undefined, 2),
      client.run('ping', ['evaluate-full'], undefined, 1),
      client.run('ping', ['evaluate-quick'], undefined, 0),
      client.run('ping', ['evaluate-quick-2'], undefined, 0),
    ]);
    expect(order).toEqual([
      'busy',
      'evaluate-quick',
      'evaluate-quick-2',
      'evaluate-full',
      'shares-quick',
      'shares-full',
    ]);
  });

  it('lets the most urgent of the requests started together go first', async () => {
    const { order, client } = recordingClient();
    // A child panel's effect runs before its parent's: its secondary request is started first.
    await Promise.all([
      client.run('ping', ['panel'], undefined, 2),
      client.run('ping', ['main'], undefined, 0),
    ]);
    expect(order).toEqual(['main', 'panel']);
  });

  it('falls back to the main thread when no worker can start, with the same results', async () => {
    const client = new EngineClient(() => {
      throw new Error('Workers disabled');
    }, loadTestCommands);
    await expect(client.run('ping', ['x'])).resolves.toBe(testCommands.ping('x'));
    expect(client.usesWorker).toBe(false);
  });

  it('reports engine errors as rejections', async () => {
    const client = new EngineClient(null, loadTestCommands);
    await expect(client.run('nope' as 'ping', ['x'])).rejects.toThrow(/Unknown engine command "nope"/);
  });
});

describe('the production command map', () => {
  it('holds engine commands only (no test helpers ship in the worker)', async () => {
    const { engineCommands } = await import('../../../src/worker/commands');
    expect(Object.keys(engineCommands).sort()).toEqual([
      'compareScenarios',
      'evaluateScenario',
      'optimizeMix',
      'scenarioMarketShares',
      'scenarioSensitivity',
    ]);
  });
});
