import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTabularFile } from '../../../src/io/site-import/index';
import type { ReadResult } from '../../../src/io/site-import/types';
import { readTabularFileOffMainThread, type ImportTableRequest } from '../../../src/worker/import-table';
import type { OneShotWorker } from '../../../src/worker/one-shot-worker';

/** A stand-in for import-table.worker.ts: reads a structured clone of the request after a tick. */
class CloningWorker {
  onmessage: ((e: MessageEvent<ReadResult>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly received: ImportTableRequest[] = [];
  terminated = false;
  constructor(private readonly crash = false) {}
  postMessage(message: ImportTableRequest) {
    const req = structuredClone(message);
    this.received.push(req);
    setTimeout(async () => {
      if (this.crash) return this.onerror?.({ preventDefault() {} } as ErrorEvent);
      const result = await readTabularFile({
        name: req.name,
        size: req.bytes.byteLength,
        arrayBuffer: async () => req.bytes,
      });
      this.onmessage?.({ data: structuredClone(result) } as MessageEvent<ReadResult>);
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}
const csv = strToU8('Site ID,Site name,Country\nS1,Alpha,US\nS2,Beta,JP\n');
const file = (bytes: Uint8Array, size = bytes.length) => ({
  name: 'sites.csv',
  size,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('readTabularFileOffMainThread (issue #14: import in a worker)', () => {
  it('reads in the worker and gives what reading here gives; the worker is ended', async () => {
    const worker = new CloningWorker();
    const result = await readTabularFileOffMainThread(file(csv), () => worker as unknown as OneShotWorker);
    expect(worker.received).toHaveLength(1);
    expect(result).toEqual(await readTabularFile(file(csv)));
    expect(worker.terminated).toBe(true);
  });

  it('refuses an over-size file before reading it or starting a worker', async () => {
    let started = false;
    const result = await readTabularFileOffMainThread(
      {
        name: 'big.csv',
        size: 21 * 1024 * 1024,
        arrayBuffer: async () => {
          throw new Error('read');
        },
      },
      () => {
        started = true;
        return new CloningWorker() as unknown as OneShotWorker;
      },
    );
    expect(started).toBe(false);
    expect(!result.ok && result.issues[0]!.reason).toMatch(/the limit is 20 MB/);
  });

  it('reads here when the worker dies', async () => {
    const result = await readTabularFileOffMainThread(
      file(csv),
      () => new CloningWorker(true) as unknown as OneShotWorker,
    );
    expect(result.ok).toBe(true);
  });
});
