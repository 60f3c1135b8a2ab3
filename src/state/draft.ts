/**
 * Copy-on-write drafts (a small hand-written take on immer's `produce`): the edit mutates a Proxy
 * of the current value, and only the objects on the path to a change are copied; everything else
 * is shared with the previous value. A 10,000-site workspace used to be deep-cloned on every edit
 * (~100 ms, and each of zundo's undo snapshots held a full copy); now a study edit copies two
 * small objects and a site edit one array of references.
 *
 * Rules kept from the structured-clone design: the previous value is never mutated, and the
 * result holds no proxies. Plain objects and arrays are drafted; anything else (Date, Map…) is
 * not expected in a workspace and is shared as is.
 */

interface DraftState {
  base: object;
  copy: Record<PropertyKey, unknown> | null;
  parent: DraftState | null;
  /** Child drafts by key, created on first read of that key. */
  children: Map<PropertyKey, object>;
  /** Keys given a new value by the edit (their values may hold drafts to resolve). */
  assigned: Set<PropertyKey>;
  final: object | undefined;
}

const states = new WeakMap<object, DraftState>();

const isDraftable = (v: unknown): v is object => {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

const source = (s: DraftState) => (s.copy ?? s.base) as Record<PropertyKey, unknown>;

function markChanged(s: DraftState): void {
  if (s.copy) return;
  s.copy = (Array.isArray(s.base) ? [...(s.base as unknown[])] : { ...s.base }) as Record<PropertyKey, unknown>;
  if (s.parent) markChanged(s.parent);
}

function createDraft(base: object, parent: DraftState | null): object {
  const state: DraftState = { base, copy: null, parent, children: new Map(), assigned: new Set(), final: undefined };
  const target = Array.isArray(base) ? [] : {};
  const read = (key: PropertyKey): unknown => {
    const src = source(state);
    if (!Object.prototype.hasOwnProperty.call(src, key)) return Reflect.get(src, key);
    const value = src[key];
    if (!isDraftable(value) || states.has(value)) return value;
    let child = state.children.get(key);
    if (!child) {
      child = createDraft(value, state);
      state.children.set(key, child);
    }
    return child;
  };
  const proxy = new Proxy(target, {
    get: (_t, key) => read(key),
    set(_t, key, value) {
      const src = source(state);
      if (src[key] === value && Object.prototype.hasOwnProperty.call(src, key)) return true;
      markChanged(state);
      state.copy![key] = value;
      state.children.delete(key);
      state.assigned.add(key);
      return true;
    },
    deleteProperty(_t, key) {
      if (!Object.prototype.hasOwnProperty.call(source(state), key)) return true;
      markChanged(state);
      delete state.copy![key];
      state.children.delete(key);
      state.assigned.delete(key);
      return true;
    },
    has: (_t, key) => key in source(state),
    ownKeys: () => Reflect.ownKeys(source(state)),
    getOwnPropertyDescriptor: (_t, key) => {
      const src = source(state);
      const desc = Reflect.getOwnPropertyDescriptor(src, key);
      if (!desc) return undefined;
      // Array `length` is non-configurable on the (array) target too; everything else is reported
      // configurable so the proxy invariants hold against the empty target.
      if (Array.isArray(src) && key === 'length') return desc;
      return { value: read(key), writable: true, enumerable: desc.enumerable ?? true, configurable: true };
    },
    defineProperty(_t, key, desc) {
      markChanged(state);
      state.children.delete(key);
      state.assigned.add(key);
      return Reflect.defineProperty(state.copy!, key, desc);
    },
    getPrototypeOf: () => Object.getPrototypeOf(base) as object | null,
  });
  states.set(proxy, state);
  return proxy;
}

/** Replaces drafts inside a value the edit assigned (new objects may hold drafts read earlier). */
function resolve(value: unknown, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const state = states.get(value);
  if (state) return finalize(state);
  if (!isDraftable(value) || seen.has(value)) return value;
  seen.add(value);
  const record = value as Record<PropertyKey, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'object' && v !== null) {
      const r = resolve(v, seen);
      if (r !== v) record[key] = r;
    }
  }
  return value;
}

function finalize(state: DraftState): object {
  if (state.final) return state.final;
  if (!state.copy) {
    state.final = state.base;
    return state.base;
  }
  const copy = state.copy;
  state.final = copy;
  for (const [key, child] of state.children) copy[key] = finalize(states.get(child)!);
  const seen = new Set<object>();
  for (const key of state.assigned) if (Object.prototype.hasOwnProperty.call(copy, key)) copy[key] = resolve(copy[key], seen);
  return copy;
}

/**
 * Applies `edit` to a copy-on-write draft of `base` and returns the new value: `base` itself when
 * nothing changed, else a value sharing every untouched object with `base`.
 */
export function produce<T extends object>(base: T, edit: (draft: T) => void): T {
  const draft = createDraft(base, null);
  edit(draft as T);
  return finalize(states.get(draft)!) as T;
}
