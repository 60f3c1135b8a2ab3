/** Messages between the UI thread and the engine worker: id-matched request/reply. */
export interface EngineRequest {
  id: number;
  command: string;
  args: unknown[];
  /**
   * Workspace caching: `store` lists arguments the worker should keep under a slot number; an
   * argument sent as `{ [CACHED_SLOT]: n }` means "the value you stored in slot n". A 10,000-site
   * workspace costs ~50 ms of main-thread structured cloning per postMessage, and one edit starts
   * several requests (quick and full passes, market shares, sensitivity) for the same workspace.
   */
  store?: { arg: number; slot: number }[];
}

export type EngineReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export const CACHED_SLOT = '$engineCachedSlot';

/** How many workspaces the worker keeps (the current one and the one before an edit). */
export const CACHE_SLOTS = 2;

/**
 * Worker side: stores the arguments a request asks to keep and swaps cached-slot markers for
 * their values. Slots only grow, so dropping every slot older than the last CACHE_SLOTS keeps the
 * worker in step with the client without further messages.
 */
export function resolveCachedArgs(request: EngineRequest, cache: Map<number, unknown>): unknown[] {
  for (const { arg, slot } of request.store ?? []) {
    cache.set(slot, request.args[arg]);
    for (const old of cache.keys()) if (old <= slot - CACHE_SLOTS) cache.delete(old);
  }
  return request.args.map((a) => {
    if (typeof a !== 'object' || a === null || !(CACHED_SLOT in a)) return a;
    const slot = (a as Record<string, number>)[CACHED_SLOT]!;
    if (!cache.has(slot)) throw new Error(`Engine worker lost cached argument ${slot}`);
    return cache.get(slot);
  });
}
