import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  forecastChunk,
  forecastChunks,
  forecastFromChunks,
  type ForecastInput,
  type ForecastOptions,
  type ForecastResult,
  type McChunkOutput,
} from '../../engine/forecast';
import type { ChunkReply, ChunkRequest } from './forecast-thread';

type Outputs = { index: number; output: McChunkOutput }[];

/**
 * Runs Monte Carlo forecasts on several cores: the calling thread plus `threads − 1` worker
 * threads each simulate some of the forecast's chunks (engine/forecast/monte-carlo/chunks.ts), and the
 * results are joined. A seed gives exactly the same forecast as `forecast()` on one thread.
 * Starting a worker thread costs ~0.1–0.3 s (it loads the engine), so keep a pool for many
 * forecasts and use one thread for small ones.
 */
export class ForecastPool {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: Outputs) => void; reject: (e: Error) => void }>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (reply: ChunkReply) => this.settle(reply));
      worker.on('error', (error: unknown) =>
        this.failAll(error instanceof Error ? error : new Error(String(error))),
      );
    }
  }

  /** A pool using `threads` cores in all (default: every core), the caller's included. */
  static async create(threads = availableParallelism()): Promise<ForecastPool> {
    const count = Math.max(0, Math.floor(threads) - 1);
    const workers = Array.from(
      { length: count },
      () => new Worker(new URL('./forecast-thread-entry.mjs', import.meta.url)),
    );
    await Promise.all(
      workers.map((w) => new Promise((resolve, reject) => w.once('online', resolve).once('error', reject))),
    );
    const pool = new ForecastPool(workers);
    // Load the engine in every thread now, so the first forecast does not pay for it.
    await pool.forecast(
      { target: 1, sites: [{ count: 1, shape: 1, rate: 1 }] },
      { method: 'monte-carlo', runs: 1 },
    );
    return pool;
  }

  get threads(): number {
    return this.workers.length + 1;
  }

  /** Monte Carlo forecast (options.method is ignored; options.collect is not supported). */
  async forecast(input: ForecastInput, options: ForecastOptions = {}): Promise<ForecastResult> {
    const mcOptions: ForecastOptions = { ...options, method: 'monte-carlo' };
    delete mcOptions.collect;
    const chunks = forecastChunks(input, mcOptions).map((c) => c.index);
    const threads = this.threads;
    const share = (t: number) => chunks.filter((index) => index % threads === t);
    const remote = this.workers.map((worker, w) =>
      this.request(worker, { id: this.nextId++, input, options: mcOptions, chunks: share(w + 1) }),
    );
    const local: Outputs = share(0).map((index) => ({
      index,
      output: forecastChunk(input, mcOptions, index),
    }));
    const outputs = local.concat(...(await Promise.all(remote)));
    return forecastFromChunks(input, mcOptions, outputs);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private request(worker: Worker, request: ChunkRequest): Promise<Outputs> {
    if (request.chunks.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  private settle(reply: ChunkReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.outputs);
    else waiter.reject(new RangeError(reply.message));
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
