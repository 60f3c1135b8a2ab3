import type { CommandName, EngineCommands } from './commands';
import { CACHE_SLOTS, CACHED_SLOT, type EngineReply, type EngineRequest } from './protocol';

type Args<C extends CommandName> = Parameters<EngineCommands[C]>;
type Result<C extends CommandName> = ReturnType<EngineCommands[C]>;

/** Raised when a newer request with the same key replaced this one. */
export class SupersededError extends Error {
  constructor() {
    super('Superseded by a newer request');
    this.name = 'SupersededError';
  }
}

interface Pending {
  request: EngineRequest;
  key: string | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs engine commands in a Web Worker. Requests that share a `key` are "latest wins": a new
 * request rejects the older ones with SupersededError, and if the worker is still busy with a
 * superseded computation it is terminated and restarted, so a user dragging a slider never waits
 * for answers nobody will read. If no worker can be started, commands run on the main thread
 * (same functions, same results), lazily imported.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private workerFailed = false;
  /** Workspaces the current worker holds, newest last (see EngineRequest.store). */
  private cached: { value: object; slot: number }[] = [];
  private nextSlot = 1;

  constructor(private readonly createWorker: (() => Worker) | null = defaultWorkerFactory) {}

  run<C extends CommandName>(command: C, args: Args<C>, key?: string): Promise<Result<C>> {
    const request: EngineRequest = { id: this.nextId++, command, args };
    return new Promise((resolve, reject) => {
      if (key !== undefined) this.supersede(key);
      const entry: Pending = { request, key, resolve: resolve as (v: unknown) => void, reject };
      this.pending.set(request.id, entry);
      const worker = this.ensureWorker();
      if (worker) this.post(worker, request);
      else void this.runOnMainThread(entry);
    });
  }

  /** True when commands are running in a worker rather than on the main thread. */
  get usesWorker(): boolean {
    return this.ensureWorker() !== null;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new SupersededError());
    this.pending.clear();
  }

  private supersede(key: string) {
    const stale = [...this.pending.values()].filter((p) => p.key === key);
    if (stale.length === 0) return;
    for (const p of stale) {
      this.pending.delete(p.request.id);
      p.reject(new SupersededError());
    }
    if (this.worker) {
      // The worker is computing something nobody needs: restart it and resend the survivors.
      this.worker.terminate();
      this.worker = null;
      const survivors = [...this.pending.values()];
      const worker = this.ensureWorker();
      for (const p of survivors) {
        if (worker) this.post(worker, p.request);
        else void this.runOnMainThread(p);
      }
    }
  }

  /**
   * Posts a request, sending each workspace argument only once per worker: later requests for
   * the same workspace object (identity: edits make new objects) refer to the worker's copy.
   */
  private post(worker: Worker, request: EngineRequest) {
    const store: { arg: number; slot: number }[] = [];
    const args = request.args.map((arg, i) => {
      if (!isWorkspaceLike(arg)) return arg;
      const hit = this.cached.find((c) => c.value === arg);
      if (hit) return { [CACHED_SLOT]: hit.slot };
      const slot = this.nextSlot++;
      this.cached = [...this.cached, { value: arg, slot }].slice(-CACHE_SLOTS);
      store.push({ arg: i, slot });
      return arg;
    });
    worker.postMessage(store.length > 0 ? { ...request, args, store } : { ...request, args });
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.workerFailed || !this.createWorker) return this.worker;
    try {
      const worker = this.createWorker();
      this.cached = [];
      worker.onmessage = (event: MessageEvent<EngineReply>) => this.settle(event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.fallBackToMainThread();
      };
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private fallBackToMainThread() {
    this.worker?.terminate();
    this.worker = null;
    this.workerFailed = true;
    for (const p of this.pending.values()) void this.runOnMainThread(p);
  }

  private async runOnMainThread(entry: Pending) {
    const { engineCommands } = await import('./commands');
    const fn = (engineCommands as Record<string, (...a: unknown[]) => unknown>)[entry.request.command];
    try {
      if (!fn) throw new Error(`Unknown engine command "${entry.request.command}"`);
      this.settle({ id: entry.request.id, ok: true, result: fn(...entry.request.args) });
    } catch (error) {
      this.settle({ id: entry.request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private settle(reply: EngineReply) {
    const entry = this.pending.get(reply.id);
    if (!entry) return; // superseded: nobody is waiting
    this.pending.delete(reply.id);
    if (reply.ok) entry.resolve(reply.result);
    else entry.reject(new Error(reply.error));
  }
}

/** Workspaces are the large arguments worth caching in the worker. */
function isWorkspaceLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null && 'sites' in value && 'scenarios' in value && 'study' in value;
}

function defaultWorkerFactory(): Worker {
  if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

let shared: EngineClient | null = null;
/** The app's single engine client. */
export function engineClient(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}
