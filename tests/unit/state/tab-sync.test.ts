// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWorkspaceFile, serializeWorkspace, type Workspace } from '../../../src/domain/workspace/index';
import { createMemoryStorage } from '../../../src/state/idb-storage';
import { STORAGE_KEYS, startPersistence } from '../../../src/state/persistence';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import {
  decideOnStoredRevision,
  isSavedMessage,
  nextStamp,
  parseStamp,
  useTabSyncStore,
  type RevisionStamp,
  type SavedMessage,
  type SyncChannel,
} from '../../../src/state/tab-sync';

const stamp = (revision: number, tabId: string): RevisionStamp => ({
  revision,
  tabId,
  savedAt: '2026-05-01T10:00:00.000Z',
});
const ME = 'tab-me';
const OTHER = 'tab-other';

describe('decideOnStoredRevision', () => {
  it('ignores no stamp, its own save, the version it shows and older revisions', () => {
    expect(
      decideOnStoredRevision({ stored: undefined, known: stamp(3, ME), tabId: ME, unsavedEdits: true }),
    ).toBe('ignore');
    expect(
      decideOnStoredRevision({ stored: stamp(4, ME), known: stamp(3, ME), tabId: ME, unsavedEdits: true }),
    ).toBe('ignore');
    expect(
      decideOnStoredRevision({
        stored: stamp(3, OTHER),
        known: stamp(3, OTHER),
        tabId: ME,
        unsavedEdits: true,
      }),
    ).toBe('ignore');
    expect(
      decideOnStoredRevision({ stored: stamp(2, OTHER), known: stamp(3, ME), tabId: ME, unsavedEdits: true }),
    ).toBe('ignore');
  });

  it('loads a newer revision from another tab when this tab has nothing unsaved', () => {
    expect(
      decideOnStoredRevision({
        stored: stamp(4, OTHER),
        known: stamp(3, ME),
        tabId: ME,
        unsavedEdits: false,
      }),
    ).toBe('load');
    // A browser whose storage predates revision stamps: any stamped save is newer
    expect(
      decideOnStoredRevision({ stored: stamp(1, OTHER), known: undefined, tabId: ME, unsavedEdits: false }),
    ).toBe('load');
  });

  it('asks the user when this tab has unsaved edits and another tab saved a newer revision', () => {
    expect(
      decideOnStoredRevision({ stored: stamp(4, OTHER), known: stamp(3, ME), tabId: ME, unsavedEdits: true }),
    ).toBe('conflict');
  });

  it('asks the user when another tab overwrote our save with the same revision (both saved at once)', () => {
    // Given this tab saved revision 5 and the other tab, also starting from 4, wrote its own 5 last
    const decision = decideOnStoredRevision({
      stored: stamp(5, OTHER),
      known: stamp(5, ME),
      tabId: ME,
      unsavedEdits: false,
    });
    // Then our saved edits are gone from storage: do not silently replace them on screen too
    expect(decision).toBe('conflict');
  });
});

describe('stamps and messages', () => {
  it('the next revision is one past anything seen', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(nextStamp(stamp(3, ME), stamp(7, OTHER), ME, now)).toEqual({
      revision: 8,
      tabId: ME,
      savedAt: '2026-05-01T12:00:00.000Z',
    });
    expect(nextStamp(undefined, undefined, ME, now).revision).toBe(1);
  });

  it('malformed stored stamps and messages are treated as absent', () => {
    for (const bad of [
      undefined,
      '',
      'not json',
      'null',
      '[]',
      '{"revision":-1,"tabId":"a","savedAt":"x"}',
      '{"revision":1.5,"tabId":"a","savedAt":"x"}',
      '{"revision":1}',
    ])
      expect(parseStamp(bad)).toBeUndefined();
    expect(parseStamp(JSON.stringify(stamp(2, OTHER)))).toEqual(stamp(2, OTHER));
    expect(isSavedMessage({ type: 'saved', stamp: stamp(1, OTHER) })).toBe(true);
    expect(isSavedMessage({ type: 'saved', stamp: { revision: 'x' } })).toBe(false);
    expect(isSavedMessage('saved')).toBe(false);
  });
});

/** A channel whose posts are recorded, and through which the test delivers the other tab's messages. */
function fakeChannel() {
  const sent: SavedMessage[] = [];
  const channel: SyncChannel = {
    postMessage: (m) => void sent.push(m),
    onmessage: null,
    close: () => undefined,
  };
  return { channel, sent, deliver: (m: SavedMessage) => channel.onmessage?.({ data: m }) };
}

const sample = loadSampleWorkspace();
const named = (name: string): Workspace => ({ ...sample, study: { ...sample.study, name } });
const storedName = (text: string | undefined) => {
  const parsed = parseWorkspaceFile(text ?? '');
  return parsed.ok ? parsed.workspace.study.name : null;
};
let stop: (() => void) | undefined;

beforeEach(() => {
  useAppStore.setState({ workspace: sample, notices: [], hydrated: false });
  useAppStore.temporal.getState().clear();
  useTabSyncStore.setState({ conflict: null });
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

/** Given storage at revision 1 saved by this tab's earlier life, persistence starts with a fake channel. */
async function startTab(
  parse?: (text: string, file: string) => Promise<ReturnType<typeof parseWorkspaceFile>>,
) {
  vi.useFakeTimers();
  const storage = createMemoryStorage({
    [STORAGE_KEYS.current]: serializeWorkspace(named('Start')),
    [STORAGE_KEYS.revision]: JSON.stringify(stamp(1, 'earlier')),
  });
  const fake = fakeChannel();
  stop = await startPersistence(storage, { channel: fake.channel, tabId: ME, ...(parse ? { parse } : {}) });
  /** The other tab saves `name` as `revision` and announces it. */
  const otherTabSaves = async (name: string, revision: number) => {
    storage.data.set(STORAGE_KEYS.current, serializeWorkspace(named(name)));
    storage.data.set(STORAGE_KEYS.revision, JSON.stringify(stamp(revision, OTHER)));
    fake.deliver({ type: 'saved', stamp: stamp(revision, OTHER) });
    await vi.advanceTimersByTimeAsync(10);
  };
  const edit = (name: string) => useAppStore.getState().editWorkspace((ws) => void (ws.study.name = name));
  return { storage, fake, otherTabSaves, edit };
}

describe('persistence with another tab', () => {
  it('each save writes a growing revision stamp and announces it', async () => {
    const { storage, fake, edit } = await startTab();
    edit('Mine 1');
    await vi.advanceTimersByTimeAsync(400);
    edit('Mine 2');
    await vi.advanceTimersByTimeAsync(400);
    expect(fake.sent.map((m) => m.stamp.revision)).toEqual([2, 3]);
    expect(parseStamp(storage.data.get(STORAGE_KEYS.revision))).toMatchObject({ revision: 3, tabId: ME });
  });

  it('with nothing unsaved, loads the other tab’s newer version and says so', async () => {
    const { otherTabSaves } = await startTab();
    await otherTabSaves('Theirs', 2);
    expect(useAppStore.getState().workspace.study.name).toBe('Theirs');
    expect(useAppStore.getState().notices.at(-1)?.title).toMatch(/updated in another tab/);
    expect(useTabSyncStore.getState().conflict).toBeNull();
  });

  it('with unsaved edits, does not overwrite: asks, and “Keep mine” saves ours as a newer revision', async () => {
    const { storage, fake, otherTabSaves, edit } = await startTab();
    // Given an edit still inside the save debounce when the other tab saves
    edit('Mine');
    await otherTabSaves('Theirs', 2);
    await vi.advanceTimersByTimeAsync(400);
    // Then nothing was written over theirs, and the user is asked
    expect(storedName(storage.data.get(STORAGE_KEYS.current))).toBe('Theirs');
    expect(useTabSyncStore.getState().conflict?.theirs.revision).toBe(2);
    expect(useAppStore.getState().workspace.study.name).toBe('Mine');
    // When the user keeps this tab’s version
    useTabSyncStore.getState().conflict?.keepMine();
    await vi.advanceTimersByTimeAsync(10);
    expect(storedName(storage.data.get(STORAGE_KEYS.current))).toBe('Mine');
    expect(parseStamp(storage.data.get(STORAGE_KEYS.revision))).toMatchObject({ revision: 3, tabId: ME });
    expect(fake.sent.at(-1)?.stamp.revision).toBe(3);
  });

  it('“Load their version” replaces ours as one undo step and writes nothing', async () => {
    const { storage, otherTabSaves, edit } = await startTab();
    edit('Mine');
    await otherTabSaves('Theirs', 2);
    useTabSyncStore.getState().conflict?.loadTheirs();
    await vi.advanceTimersByTimeAsync(400);
    expect(useAppStore.getState().workspace.study.name).toBe('Theirs');
    expect(parseStamp(storage.data.get(STORAGE_KEYS.revision))).toMatchObject({ revision: 2, tabId: OTHER });
    // Undo brings ours back, and it is then saved as the newest revision
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace.study.name).toBe('Mine');
    await vi.advanceTimersByTimeAsync(400);
    expect(storedName(storage.data.get(STORAGE_KEYS.current))).toBe('Mine');
    expect(parseStamp(storage.data.get(STORAGE_KEYS.revision))?.revision).toBe(3);
  });

  it('without any announcement, the check before saving still refuses to overwrite a newer revision', async () => {
    const { storage, edit } = await startTab();
    // Given the other tab saved but its message never arrived
    storage.data.set(STORAGE_KEYS.current, serializeWorkspace(named('Theirs')));
    storage.data.set(STORAGE_KEYS.revision, JSON.stringify(stamp(2, OTHER)));
    // When this tab saves an edit
    edit('Mine');
    await vi.advanceTimersByTimeAsync(400);
    // Then theirs is kept and the user is asked
    expect(storedName(storage.data.get(STORAGE_KEYS.current))).toBe('Theirs');
    expect(useTabSyncStore.getState().conflict).not.toBeNull();
    expect(useAppStore.getState().saveStatus).toMatchObject({ kind: 'error' });
  });

  it('an edit made while the other tab’s copy is being parsed is not overwritten: the user is asked', async () => {
    // Given parsing stored text takes 100 ms (it runs in a worker)
    const slowParse = (text: string, file: string) =>
      new Promise<ReturnType<typeof parseWorkspaceFile>>((resolve) =>
        setTimeout(() => resolve(parseWorkspaceFile(text, file)), 100),
      );
    const parsing = startTab(slowParse);
    await vi.advanceTimersByTimeAsync(200);
    const { storage, otherTabSaves, edit } = await parsing;
    // When the other tab saves, and this tab edits before that copy is parsed
    await otherTabSaves('Theirs', 2);
    edit('Mine');
    await vi.advanceTimersByTimeAsync(1000);
    // Then this tab keeps its edit, theirs stays stored, and the user chooses
    expect(useAppStore.getState().workspace.study.name).toBe('Mine');
    expect(storedName(storage.data.get(STORAGE_KEYS.current))).toBe('Theirs');
    expect(useTabSyncStore.getState().conflict?.theirs.revision).toBe(2);
  });
});
