import { describe, expect, it } from 'vitest';
import {
  createShareLink,
  MAX_SHARE_FRAGMENT_CHARS,
  openSharePayload,
  type ShareOpenResult,
} from '../../../src/io/share/share-link';
import { loadSampleWorkspace } from '../../../src/state/sample';
import {
  decodeShareRequest,
  openShareOffMainThread,
  SHARE_DECODE_TIMEOUT_MS,
  type ShareDecodeMessage,
  type ShareDecodeRequest,
  type ShareWorker,
} from '../../../src/worker/share-decode';

const sample = loadSampleWorkspace();
const link = createShareLink(sample, 'http://127.0.0.1/', { scenarioId: sample.scenarios[0]!.id });
const payload = link.ok ? link.url.split('#share=')[1]! : '';

type Behaviour = 'decode' | 'fail-to-load' | 'crash-while-decoding' | 'hang';

/** A stand-in for share-decode.worker.ts: structured clones both ways, as the browser does. */
class FakeShareWorker {
  onmessage: ((e: MessageEvent<ShareDecodeMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly received: ShareDecodeRequest[] = [];
  terminated = false;
  constructor(private readonly behaviour: Behaviour = 'decode') {}
  postMessage(message: ShareDecodeRequest) {
    const request = structuredClone(message);
    this.received.push(request);
    const send = (m: ShareDecodeMessage) => this.onmessage?.({ data: structuredClone(m) } as MessageEvent);
    setTimeout(() => {
      if (this.behaviour === 'fail-to-load') return this.onerror?.({ preventDefault() {} } as ErrorEvent);
      // The real worker runs the same function: decodeShareRequest.
      decodeShareRequest(request, (m) => {
        if (this.behaviour === 'decode' || m.type === 'started') send(m);
      });
      if (this.behaviour === 'crash-while-decoding')
        this.onerror?.({ preventDefault() {}, message: 'Out of memory' } as ErrorEvent);
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}
const using = (worker: FakeShareWorker) => () => worker as unknown as ShareWorker;

describe('openShareOffMainThread (issue #14: a hostile link never blocks the page)', () => {
  it('decodes and validates in the worker, with the same result as openSharePayload, and ends the worker', async () => {
    const worker = new FakeShareWorker();
    const result = await openShareOffMainThread(payload, using(worker));
    expect(worker.received).toEqual([{ payload }]);
    const here = openSharePayload(payload);
    expect(here.ok).toBe(true);
    expect(result).toEqual(here);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a tampered link with the same message and details as before', async () => {
    const tampered = `${payload.slice(0, 40)}!!${payload.slice(42)}`;
    const result = await openShareOffMainThread(tampered, using(new FakeShareWorker()));
    expect(result).toEqual(openSharePayload(tampered));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/damaged or incomplete.*your workspace is unchanged/);
  });

  it('refuses an oversized fragment by its length without starting a worker', async () => {
    let started = 0;
    const result = await openShareOffMainThread('A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1), () => {
      started++;
      return new FakeShareWorker() as unknown as ShareWorker;
    });
    expect(started).toBe(0);
    expect(!result.ok && result.details[0]).toMatch(/links over 64 KB are not opened/);
  });

  it('decodes here when no worker can start or the worker script fails to load', async () => {
    const none = () => {
      throw new Error('No Web Worker support');
    };
    await expect(openShareOffMainThread(payload, none)).resolves.toEqual(openSharePayload(payload));
    const unloadable = new FakeShareWorker('fail-to-load');
    await expect(openShareOffMainThread(payload, using(unloadable))).resolves.toEqual(
      openSharePayload(payload),
    );
    expect(unloadable.terminated).toBe(true);
  });

  it('refuses (never retries on the page) a link that kills the decoder', async () => {
    const worker = new FakeShareWorker('crash-while-decoding');
    const result: ShareOpenResult = await openShareOffMainThread(payload, using(worker));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/damaged or incomplete.*your workspace is unchanged/);
    expect(!result.ok && result.details[0]).toMatch(/could not be decoded/);
    expect(worker.terminated).toBe(true);
  });

  it('gives up on a decoder that does not answer in time', async () => {
    const worker = new FakeShareWorker('hang');
    const result = await openShareOffMainThread(payload, using(worker), 20);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details[0]).toMatch(/took longer than/);
    expect(worker.terminated).toBe(true);
    expect(SHARE_DECODE_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000);
  });
});
