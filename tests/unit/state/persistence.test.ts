// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWorkspaceFile, serializeWorkspace } from '../../../src/domain/workspace/index';
import { createMemoryStorage } from '../../../src/state/idb-storage';
import { STORAGE_KEYS, startPersistence } from '../../../src/state/persistence';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';

const sample = loadSampleWorkspace();
let stop: (() => void) | undefined;

beforeEach(() => {
  useAppStore.setState({ workspace: sample, notices: [], hydrated: false });
  useAppStore.temporal.getState().clear();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('browser persistence', () => {
  it('restores the stored workspace at start and clears undo history', async () => {
    // Given a stored workspace with a different study name
    const stored = { ...sample, study: { ...sample.study, name: 'Stored study' } };
    const storage = createMemoryStorage({ [STORAGE_KEYS.current]: serializeWorkspace(stored) });
    // When persistence starts
    stop = await startPersistence(storage);
    // Then the stored workspace is open, and it became the last good copy
    expect(useAppStore.getState().workspace.study.name).toBe('Stored study');
    expect(useAppStore.getState().hydrated).toBe(true);
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);
    expect(storage.data.get(STORAGE_KEYS.lastGood)).toBe(storage.data.get(STORAGE_KEYS.current));
  });

  it('saves edits after a short debounce, in the versioned file format', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    stop = await startPersistence(storage);
    useAppStore.getState().editWorkspace((ws) => void (ws.study.targetRandomised = 612));
    expect(useAppStore.getState().saveStatus.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(400);
    const saved = parseWorkspaceFile(storage.data.get(STORAGE_KEYS.current) ?? '');
    expect(saved.ok && saved.workspace.study.targetRandomised).toBe(612);
    expect(useAppStore.getState().saveStatus.kind).toBe('saved');
  });

  it('keeps a damaged copy aside and restores the last good one', async () => {
    // Given storage whose current copy was cut off mid-write, and a good earlier copy
    const good = { ...sample, study: { ...sample.study, name: 'Last good' } };
    const goodText = serializeWorkspace(good);
    const damagedText = goodText.slice(0, goodText.length / 2);
    const storage = createMemoryStorage({
      [STORAGE_KEYS.current]: damagedText,
      [STORAGE_KEYS.lastGood]: goodText,
    });
    // When persistence starts
    stop = await startPersistence(storage);
    // Then the last good copy is open, the damaged text is kept, and the user is told
    expect(useAppStore.getState().workspace.study.name).toBe('Last good');
    expect(storage.data.get(STORAGE_KEYS.damaged)).toBe(damagedText);
    expect(useAppStore.getState().notices[0]?.title).toMatch(/damaged; the last good copy was restored/);
  });

  it('reports a full disk instead of failing silently', async () => {
    vi.useFakeTimers();
    const storage = createMemoryStorage();
    storage.set = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    stop = await startPersistence(storage);
    useAppStore.getState().editWorkspace((ws) => void (ws.study.name = 'Bigger'));
    await vi.advanceTimersByTimeAsync(400);
    expect(useAppStore.getState().saveStatus).toMatchObject({
      kind: 'error',
      message: 'browser storage is full',
    });
    expect(useAppStore.getState().notices.at(-1)?.title).toMatch(/storage is full/);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes workspace edits but not UI state', () => {
    const { editWorkspace, selectScenario } = useAppStore.getState();
    editWorkspace((ws) => void (ws.study.dropoutRate = 0.2));
    selectScenario('SCN-GLOBAL');
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace.study.dropoutRate).toBe(sample.study.dropoutRate);
    expect(useAppStore.getState().selectedScenarioId).toBe('SCN-GLOBAL');
    useAppStore.temporal.getState().redo();
    expect(useAppStore.getState().workspace.study.dropoutRate).toBe(0.2);
  });
});
