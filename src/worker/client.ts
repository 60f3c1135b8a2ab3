import type { EngineCommands } from './commands';
import { CACHE_SLOTS, CACHED_SLOT, type EngineReply, type EngineRequest } from './protocol';
import { isWorkspaceLike, ResultCache } from './result-cache';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a command map holds functions of any signature
type CommandMap = Record<string, (...args: any[]) => unknown>;

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
  /** Lower goes first (see {@link EngineClient.run}). */
  priority: number;
  cacheKey: string | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs engine commands in a Web Worker, one request at a time: the client holds the queue and
 * sends the next request when the worker answers, choosing by priority (lowest first, first come
 * first served within a priority). So after an edit the quick pass of the forecast on screen runs
 * before the refined passes and before secondary panels' work, wherever each was started from
 * (React runs child effects before their parents'). Requests that share a `key` are "latest
 * wins": a new request rejects the older ones with SupersededError; a superseded request still
 * queued is simply dropped, and if the worker is busy with one it is terminated and restarted, so
 * a user dragging a slider never waits for answers nobody will read. If no worker can be started, commands run on the main thread
 * (same functions, same results), lazily imported. Answers are kept in a ResultCache shared by
 * every screen, so a request already answered for the same workspace revision returns at once.
 */
export class EngineClient<M extends CommandMap = EngineCommands> {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  /** The request the worker is computing (at most one is sent at a time). */
  private inFlight: Pending | null = null;
  private nextId = 1;
  private workerFailed = false;
  /** Workspaces the current worker holds, newest last (see EngineRequest.store). */
  private cached: { value: object; slot: number }[] = [];
  private nextSlot = 1;
  private readonly results = new ResultCache();

  constructor(
    private readonly createWorker: (() => Worker) | null = defaultWorkerFactory,
    /** The same command map the worker runs, loaded lazily for the main-thread fallback. */
    private readonly loadCommands: () => Promise<M> = loadEngineCommands as unknown as () => Promise<M>,
  ) {}

  /**
   * @param key requests with the same key replace each other (latest wins)
   * @param priority lower is sent sooner: useEngine gives 0 and 1 to the quick and refined passes of
   *   a screen's main answer, 2 and 3 to those of secondary panels
   */
  run<C extends keyof M & string>(
    command: C,
    args: Parameters<M[C]>,
    key?: string,
    priority = 0,
  ): Promise<ReturnType<M[C]>> {
    const cacheKey = this.results.keyOf(command, args);
    if (key !== undefined) this.supersede(key);
    if (cacheKey !== undefined && this.results.has(cacheKey))
      return Promise.resolve(this.results.get(cacheKey) as ReturnType<M[C]>);
    const request: EngineRequest = { id: this.nextId++, command, args };
    return new Promise((resolve, reject) => {
      const entry: Pending = {
        request,
        key,
        priority,
        cacheKey,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      this.pending.set(request.id, entry);
      // Sent after the current task's other requests are queued (one commit starts several, child
      // components' effects first), so the most urgent of them goes first.
      if (this.ensureWorker()) queueMicrotask(() => this.sendNext());
      else void this.runOnMainThread(entry);
    });
  }

  /** Sends the most urgent queued request when the worker is idle. */
  private sendNext() {
    const worker = this.worker;
    if (!worker || this.inFlight) return;
    let next: Pending | null = null;
    for (const p of this.pending.values()) if (!next || p.priority < next.priority) next = p;
    if (!next) return;
    this.inFlight = next;
    this.post(worker, next.request);
  }

  /** An answer already computed for exactly this request, if any (no work is started). */
  peek<C extends keyof M & string>(command: C, args: Parameters<M[C]>): ReturnType<M[C]> | undefined {
    const cacheKey = this.results.keyOf(command, args);
    return cacheKey === undefined ? undefined : (this.results.get(cacheKey) as ReturnType<M[C]> | undefined);
  }

  /** True when commands are running in a worker rather than on the main thread. */
  get usesWorker(): boolean {
    return this.ensureWorker() !== null;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
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
    if (this.worker && this.inFlight && stale.includes(this.inFlight)) {
      // The worker is computing something nobody needs: restart it; the queue goes to the new one.
      this.worker.terminate();
      this.worker = null;
      this.inFlight = null;
      if (this.ensureWorker()) this.sendNext();
      else for (const p of this.pending.values()) void this.runOnMainThread(p);
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
    this.inFlight = null;
    this.workerFailed = true;
    for (const p of this.pending.values()) void this.runOnMainThread(p);
  }

  private async runOnMainThread(entry: Pending) {
    const commands: CommandMap = await this.loadCommands();
    const fn = Object.hasOwn(commands, entry.request.command) ? commands[entry.request.command] : undefined;
    try {
      if (!fn) throw new Error(`Unknown engine command "${entry.request.command}"`);
      this.settle({ id: entry.request.id, ok: true, result: fn(...entry.request.args) });
    } catch (error) {
      this.settle({
        id: entry.request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private settle(reply: EngineReply) {
    if (this.inFlight?.request.id === reply.id) this.inFlight = null;
    const entry = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.sendNext();
    if (!entry) return; // superseded: nobody is waiting
    if (reply.ok && entry.cacheKey !== undefined) this.results.set(entry.cacheKey, reply.result);
    if (reply.ok) entry.resolve(reply.result);
    else entry.reject(new Error(reply.error));
  }
}

async function loadEngineCommands(): Promise<EngineCommands> {
  return (await import('./commands')).engineCommands;
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
