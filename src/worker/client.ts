import type { EngineCommands } from './commands';
import { CACHE_SLOTS, CACHED_SLOT, type EngineReply, type EngineRequest } from './protocol';
import { isWorkspaceLike, ResultCache } from './result-cache';
import { engineSplitters, type Splitter } from './splitters';

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

/** One worker of the pool: what it computes now and which workspaces it holds. */
interface Slot {
  worker: Worker | null;
  inFlight: Pending | null;
  /** Workspaces this worker holds, newest last (see EngineRequest.store). */
  cached: { value: object; slot: number }[];
  /** Slot numbers grow per worker: the worker drops all but the last CACHE_SLOTS (protocol.ts). */
  nextSlot: number;
}

export interface EngineClientOptions {
  /** Workers run side by side (default 1); the second starts only when work waits for it. */
  poolSize?: number;
  /** Commands whose work splits into independent requests (e.g. one per compared scenario). */
  splitters?: Record<string, Splitter>;
}

/**
 * Runs engine commands in Web Workers, one request per worker at a time: the client holds the
 * queue and gives an idle worker the most urgent request (lowest priority number, first come
 * first served within a priority). So after an edit the quick pass of the forecast on screen runs
 * first, wherever it was started from (React runs child effects before their parents'), and with
 * two workers the refined pass starts beside it. A command with a splitter (compareScenarios) is
 * sent as one request per scenario, so two workers share a comparison; each part is cached on its
 * own, so Overview and Compare reuse each other's scenarios. Requests that share a `key` are
 * "latest wins": a new one rejects the older ones with SupersededError; a superseded request still
 * queued is dropped, and a worker busy with one is terminated and restarted, so a user dragging a
 * slider never waits for answers nobody will read. If no worker can be started, commands run on
 * the main thread (same functions, same results), lazily imported. Answers are kept in a
 * ResultCache shared by every screen.
 */
export class EngineClient<M extends CommandMap = EngineCommands> {
  private readonly slots: Slot[];
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private workerFailed = false;
  private sendScheduled = false;
  private readonly results = new ResultCache();
  private readonly splitters: Record<string, Splitter>;

  constructor(
    private readonly createWorker: (() => Worker) | null = defaultWorkerFactory,
    /** The same command map the worker runs, loaded lazily for the main-thread fallback. */
    private readonly loadCommands: () => Promise<M> = loadEngineCommands as unknown as () => Promise<M>,
    { poolSize = 1, splitters = {} }: EngineClientOptions = {},
  ) {
    this.slots = Array.from({ length: Math.max(1, poolSize) }, () => ({
      worker: null,
      inFlight: null,
      cached: [],
      nextSlot: 1,
    }));
    this.splitters = splitters;
  }

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
    const splitter = Object.hasOwn(this.splitters, command) ? this.splitters[command] : undefined;
    const parts = splitter?.split(args);
    if (splitter && parts) {
      return Promise.all(
        parts.map((part, i) =>
          this.run(
            command,
            part as Parameters<M[C]>,
            key === undefined ? undefined : `${key}#${i}`,
            priority,
          ),
        ),
      ).then((answers) => {
        const whole = splitter.merge(answers);
        if (cacheKey !== undefined) this.results.set(cacheKey, whole);
        return whole as ReturnType<M[C]>;
      });
    }
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
      if (this.canUseWorkers()) this.scheduleSend();
      else void this.runOnMainThread(entry);
    });
  }

  /** An answer already computed for exactly this request, if any (no work is started). */
  peek<C extends keyof M & string>(command: C, args: Parameters<M[C]>): ReturnType<M[C]> | undefined {
    const cacheKey = this.results.keyOf(command, args);
    return cacheKey === undefined ? undefined : (this.results.get(cacheKey) as ReturnType<M[C]> | undefined);
  }

  /**
   * Starts every worker of the pool ahead of any request: each loads the engine, a few hundred
   * milliseconds on a slow machine (seconds under load), and a request given to a worker that is
   * still loading waits behind it while the other worker may already be free.
   */
  warmUp(): void {
    if (!this.canUseWorkers()) return;
    for (const slot of this.slots) if (!slot.worker) this.startWorker(slot);
  }

  /** True when commands are running in a worker rather than on the main thread. */
  get usesWorker(): boolean {
    return this.canUseWorkers();
  }

  dispose(): void {
    for (const slot of this.slots) this.stop(slot);
    for (const p of this.pending.values()) p.reject(new SupersededError());
    this.pending.clear();
  }

  /**
   * Sends after the current task's other requests are queued (one commit starts several, child
   * components' effects first), so the most urgent of them goes first.
   */
  private scheduleSend() {
    if (this.sendScheduled) return;
    this.sendScheduled = true;
    queueMicrotask(() => {
      this.sendScheduled = false;
      this.sendNext();
    });
  }

  /**
   * Gives the most urgent queued request to an idle worker. One per call: posting clones the
   * workspace on the main thread (~50 ms at 10,000 sites), so a second worker is served in a later
   * task rather than doubling this one.
   */
  private sendNext() {
    const queued = [...this.pending.values()].filter((p) => !this.slots.some((s) => s.inFlight === p));
    if (queued.length === 0) return;
    let next = queued[0]!;
    for (const p of queued) if (p.priority < next.priority) next = p;
    // An idle running worker first; a new one only when all running ones are busy. A large
    // workspace stays with the first worker: cloning it to a second costs the main thread as much
    // as the second worker saves, and on two cores two busy workers starve the page's own thread
    // (the 10,000-site scale test saw 200 ms tasks that took 85 ms of CPU).
    const slots = next.request.args.some(isLargeWorkspace) ? this.slots.slice(0, 1) : this.slots;
    const slot = slots.find((s) => s.worker && !s.inFlight) ?? slots.find((s) => !s.worker && !s.inFlight);
    if (!slot) return;
    const worker = slot.worker ?? this.startWorker(slot);
    if (!worker) {
      for (const p of queued) void this.runOnMainThread(p);
      return;
    }
    slot.inFlight = next;
    this.post(slot, worker, next.request);
    if (queued.length > 1) setTimeout(() => this.sendNext(), 0);
  }

  private supersede(key: string) {
    const stale = [...this.pending.values()].filter((p) => p.key === key || p.key?.startsWith(`${key}#`));
    if (stale.length === 0) return;
    for (const p of stale) {
      this.pending.delete(p.request.id);
      p.reject(new SupersededError());
    }
    for (const slot of this.slots)
      if (slot.inFlight && stale.includes(slot.inFlight)) {
        // The worker is computing something nobody needs: stop it; a new one takes the queue.
        this.stop(slot);
        this.scheduleSend();
      }
  }

  /**
   * Posts a request, sending each workspace argument only once per worker: later requests for
   * the same workspace object (identity: edits make new objects) refer to the worker's copy.
   */
  private post(slot: Slot, worker: Worker, request: EngineRequest) {
    const store: { arg: number; slot: number }[] = [];
    const args = request.args.map((arg, i) => {
      if (!isWorkspaceLike(arg)) return arg;
      const hit = slot.cached.find((c) => c.value === arg);
      if (hit) return { [CACHED_SLOT]: hit.slot };
      const n = slot.nextSlot++;
      slot.cached = [...slot.cached, { value: arg, slot: n }].slice(-CACHE_SLOTS);
      store.push({ arg: i, slot: n });
      return arg;
    });
    worker.postMessage(store.length > 0 ? { ...request, args, store } : { ...request, args });
  }

  private canUseWorkers(): boolean {
    if (this.workerFailed || !this.createWorker) return false;
    const first = this.slots[0]!;
    return first.worker !== null || this.startWorker(first) !== null;
  }

  private startWorker(slot: Slot): Worker | null {
    if (this.workerFailed || !this.createWorker) return null;
    try {
      const worker = this.createWorker();
      slot.cached = [];
      slot.nextSlot = 1;
      worker.onmessage = (event: MessageEvent<EngineReply>) => this.settle(slot, event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.fallBackToMainThread();
      };
      slot.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }

  private stop(slot: Slot) {
    slot.worker?.terminate();
    slot.worker = null;
    slot.inFlight = null;
    slot.cached = [];
  }

  private fallBackToMainThread() {
    for (const slot of this.slots) this.stop(slot);
    this.workerFailed = true;
    for (const p of this.pending.values()) void this.runOnMainThread(p);
  }

  private async runOnMainThread(entry: Pending) {
    const commands: CommandMap = await this.loadCommands();
    const fn = Object.hasOwn(commands, entry.request.command) ? commands[entry.request.command] : undefined;
    try {
      if (!fn) throw new Error(`Unknown engine command "${entry.request.command}"`);
      this.settle(null, { id: entry.request.id, ok: true, result: fn(...entry.request.args) });
    } catch (error) {
      this.settle(null, {
        id: entry.request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private settle(slot: Slot | null, reply: EngineReply) {
    if (slot?.inFlight?.request.id === reply.id) slot.inFlight = null;
    const entry = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (slot) this.scheduleSend();
    if (!entry) return; // superseded: nobody is waiting
    if (reply.ok && entry.cacheKey !== undefined) this.results.set(entry.cacheKey, reply.result);
    if (reply.ok) entry.resolve(reply.result);
    else entry.reject(new Error(reply.error));
  }
}

/** Sites beyond which a workspace is computed by one worker only (see sendNext). */
export const LARGE_WORKSPACE_SITES = 2_000;

function isLargeWorkspace(arg: unknown): boolean {
  return isWorkspaceLike(arg) && ((arg as { sites?: unknown[] }).sites?.length ?? 0) > LARGE_WORKSPACE_SITES;
}

async function loadEngineCommands(): Promise<EngineCommands> {
  return (await import('./commands')).engineCommands;
}

function defaultWorkerFactory(): Worker {
  if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

let shared: EngineClient | null = null;
/**
 * The app's single engine client: two workers where the machine has two cores or more (one
 * computes the quick pass while the other starts the refined one; compared scenarios are shared
 * out), one otherwise.
 */
export function engineClient(): EngineClient {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  shared ??= new EngineClient(undefined, undefined, {
    poolSize: Math.min(2, Math.max(1, cores)),
    splitters: engineSplitters,
  });
  return shared;
}
