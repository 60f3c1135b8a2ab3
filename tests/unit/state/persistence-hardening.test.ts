// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWorkspaceFile, serializeWorkspace } from '../../../src/domain/workspace/index';
import { createMemoryStorage } from '../../../src/state/idb-storage';
import { LAST_GOOD_EVERY_MS, STORAGE_KEYS, startPersistence } from '../../../src/state/persistence';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';

/** Issue #14 defects 5 and 9: nothing lost on leaving the page, a fresh last good copy, one size limit. */
const sample = loadSampleWorkspace();
let stop: (() => void) | undefined;
const storedTarget = (text: string | undefined) => {
  const r = parseWorkspaceFile(text ?? '');
  return r.ok ? r.workspace.study.targetRandomised : null;
};

beforeEach(() => {
  useAppStore.setState({ workspace: sample, notices: [], hydrated: false });
  useAppStore.temporal.getState().clear();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('persistence hardening', () => {
  it('saves a pending edit at once on pagehide, without waiting for the debounce', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    stop = await startPersistence(storage, { channel: null });
    useAppStore.getState().editWorkspace((ws) => void (ws.study.targetRandomised = 613));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(storedTarget(storage.data.get(STORAGE_KEYS.current))).toBe(613);
  });

  it('saves a pending edit at once when the page is hidden', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    stop = await startPersistence(storage, { channel: null });
    useAppStore.getState().editWorkspace((ws) => void (ws.study.targetRandomised = 614));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(storedTarget(storage.data.get(STORAGE_KEYS.current))).toBe(614);
  });

  it('keeps the last good copy fresh during the session, not only from start-up', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage({ [STORAGE_KEYS.current]: serializeWorkspace(sample) });
    stop = await startPersistence(storage, { channel: null });
    const atStart = storedTarget(storage.data.get(STORAGE_KEYS.lastGood));
    await vi.advanceTimersByTimeAsync(LAST_GOOD_EVERY_MS);
    useAppStore.getState().editWorkspace((ws) => void (ws.study.targetRandomised = 615));
    await vi.advanceTimersByTimeAsync(400);
    expect(atStart).toBe(sample.study.targetRandomised);
    expect(storedTarget(storage.data.get(STORAGE_KEYS.lastGood))).toBe(615);
  });

  it('refuses to store a workspace over the size limit, says so, and keeps the stored copy that reopens', async () => {
    vi.useFakeTimers();
    const text = serializeWorkspace(sample);
    const storage = createMemoryStorage({ [STORAGE_KEYS.current]: text });
    stop = await startPersistence(storage, { channel: null, maxBytes: text.length + 1000 });
    useAppStore.getState().editWorkspace((ws) => {
      // Enough that even the file without indentation is over the limit
      for (const site of ws.sites) site.city = 'y'.repeat(2000);
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(storage.data.get(STORAGE_KEYS.current)).toBe(text);
    expect(useAppStore.getState().saveStatus.kind).toBe('error');
    expect(useAppStore.getState().notices.at(-1)?.title).toMatch(
      /over the .* MB a workspace may have, so this change was not saved/,
    );
  });
});
