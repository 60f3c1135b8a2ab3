import { get, set } from 'idb-keyval';

/** The little a persistence layer needs from a key–value store (IndexedDB in the app, a Map in tests). */
export interface KeyValueStorage {
  get: (key: string) => Promise<string | undefined>;
  set: (key: string, value: string) => Promise<void>;
}

/** IndexedDB via idb-keyval: no ~5 MB cap as with localStorage, so real site lists fit. */
export function createIdbStorage(): KeyValueStorage {
  return { get: (key) => get<string>(key), set: (key, value) => set(key, value) };
}

/** In-memory storage for tests and for browsers without IndexedDB. */
export function createMemoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
  };
}
