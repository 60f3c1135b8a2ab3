import {
  compactJsonText,
  MAX_WORKSPACE_FILE_BYTES,
  megabytes,
  parseWorkspaceFile,
  serializeWorkspaceWithin,
  workspaceTextBytes,
  type ParseResult,
  type Workspace,
} from '../domain/workspace/index';
import { serializeWorkspaceInSlices } from './serialize-in-slices';
import { createIdbStorage, type KeyValueStorage } from './idb-storage';
import { loadSampleWorkspace } from './sample';
import { viewingSharedPlan } from './share-state';
import { useAppStore } from './store';
import {
  decideOnStoredRevision,
  isSavedMessage,
  newTabId,
  nextStamp,
  openSyncChannel,
  parseStamp,
  REVISION_KEY,
  useTabSyncStore,
  type RevisionStamp,
  type SyncChannel,
} from './tab-sync';

export const STORAGE_KEYS = {
  current: 'mrct-planner/workspace',
  lastGood: 'mrct-planner/workspace-last-good',
  damaged: 'mrct-planner/workspace-damaged',
  revision: REVISION_KEY,
} as const;

/** How often the last good copy is refreshed from a successful save. */
export const LAST_GOOD_EVERY_MS = 30_000;

export interface PersistenceOptions {
  /** Channel to other tabs; default BroadcastChannel('mrct-planner'), null for none. */
  channel?: SyncChannel | null;
  tabId?: string;
  /**
   * Parses stored text. The app passes the worker parser (a 10,000-site workspace takes ~200 ms to
   * validate); the default parses on the calling thread. Injected because state sits below worker.
   */
  parse?: (text: string, file: string) => Promise<ParseResult>;
  /** Offers a file to the user (the app passes io's downloadFile); without it, no download action. */
  download?: (name: string, text: string, mimeType: string) => void;
  /** Largest workspace saved (UTF-8 bytes); default the limit Open… applies to files. */
  maxBytes?: number;
}

/**
 * A stored copy measured against the limit. Releases before issue #14 stored indented copies of
 * any size; one over the limit only by its indentation is read without it (one linear pass on the
 * text already in memory, no parse), so the session is restored whole rather than called damaged.
 */
function withinLimit(stored: string, maxBytes: number): { text: string; bytes: number } {
  const bytes = workspaceTextBytes(stored, maxBytes);
  if (bytes <= maxBytes) return { text: stored, bytes };
  const text = compactJsonText(stored);
  return { text, bytes: workspaceTextBytes(text, maxBytes) };
}

const parseHere = async (text: string, file: string): Promise<ParseResult> => parseWorkspaceFile(text, file);

/**
 * Browser persistence. The workspace is stored in IndexedDB as the same versioned text as a saved
 * file, so one migration chain serves files and storage (a copy saved today opens next year).
 * At start the stored text is parsed and validated; a damaged copy is kept aside for download and
 * the last good copy (written after every successful start) is restored instead.
 * Other tabs' saves are detected (see ./tab-sync) so that neither tab overwrites the other silently.
 */
export async function startPersistence(
  storage: KeyValueStorage = createIdbStorage(),
  options: PersistenceOptions = {},
): Promise<() => void> {
  const store = useAppStore;
  const { notify, setSaveStatus, setHydrated, replaceWorkspace } = store.getState();
  const tabId = options.tabId ?? newTabId();
  const channel = options.channel === undefined ? openSyncChannel() : options.channel;
  const { setConflict } = useTabSyncStore.getState();
  const parseText = options.parse ?? parseHere;
  const download = options.download;
  const maxBytes = options.maxBytes ?? MAX_WORKSPACE_FILE_BYTES;

  const restore = async (): Promise<Workspace | null> => {
    const stored = await storage.get(STORAGE_KEYS.current);
    if (stored === undefined) return null;
    const { text, bytes } = withinLimit(stored, maxBytes);
    const parsed: ParseResult =
      bytes > maxBytes
        ? {
            ok: false,
            problems: [
              {
                file: 'browser storage',
                path: '',
                message: `The stored copy is ${megabytes(bytes)} even without indentation: over the ${megabytes(maxBytes)} a workspace may have. The download is that copy, whole; Open… accepts it once sites or actuals are removed to bring it under the limit (e.g. with a JSON editor).`,
              },
            ],
          }
        : await parseText(text, 'browser storage');
    if (parsed.ok) {
      await storage.set(STORAGE_KEYS.lastGood, text).catch(() => undefined);
      return parsed.workspace;
    }
    await storage.set(STORAGE_KEYS.damaged, text).catch(() => undefined);
    const backupText = await storage.get(STORAGE_KEYS.lastGood);
    const backup = backupText === undefined ? null : await parseText(backupText, 'last good copy');
    notify({
      tone: 'error',
      title: backup?.ok
        ? 'The workspace saved in this browser was damaged; the last good copy was restored.'
        : 'The workspace saved in this browser was damaged; the sample workspace was opened.',
      details: parsed.problems.slice(0, 5).map((p) => `${p.path || '(whole file)'}: ${p.message}`),
      action: download && {
        label: 'Download the damaged copy',
        run: () => download('damaged-workspace.mrct.json', text, 'application/json'),
      },
    });
    return backup?.ok ? backup.workspace : loadSampleWorkspace();
  };

  /** The stamp of the stored version this tab shows, and that version (to tell unsaved edits). */
  let known: RevisionStamp | undefined;
  try {
    const restored = await restore();
    if (restored) replaceWorkspace(restored);
    known = parseStamp(await storage.get(STORAGE_KEYS.revision));
  } catch (error) {
    notify({
      tone: 'error',
      title: 'Browser storage is unavailable; changes will not be kept.',
      details: [String(error)],
    });
  }
  store.temporal.getState().clear();
  setHydrated(true);
  let persisted = store.getState().workspace;

  // Saves and cross-tab checks run one at a time, so a check never sees half a save.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>) => (queue = queue.then(task, task));
  const readStored = async () => parseStamp(await storage.get(STORAGE_KEYS.revision));
  let applyingRemote = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const loadStored = async (how: 'silently' | 'chosen') => {
    const shown = store.getState().workspace;
    const stamp = await readStored();
    const text = await storage.get(STORAGE_KEYS.current);
    const parsed = text === undefined ? null : await parseText(text, 'the other tab’s copy');
    if (!parsed?.ok) return;
    // Edited here while the copy was parsed: the pending save sees the newer revision and asks.
    if (how === 'silently' && store.getState().workspace !== shown) return;
    applyingRemote = true;
    replaceWorkspace(parsed.workspace); // one undo step: Ctrl/Cmd+Z brings this tab's version back
    applyingRemote = false;
    persisted = parsed.workspace;
    known = stamp;
    setSaveStatus({ kind: 'saved', at: stamp?.savedAt ?? new Date().toISOString() });
    notify({
      tone: 'info',
      title:
        how === 'silently'
          ? 'This workspace was updated in another tab; this tab now shows that version.'
          : 'Loaded the version from the other tab. Undo (Ctrl/Cmd+Z) brings yours back.',
    });
  };

  let lastGoodAt = Date.now();
  const write = async (workspace: Workspace, stored: RevisionStamp | undefined) => {
    const stamp = nextStamp(known, stored, tabId, new Date());
    // In slices: one JSON.stringify of 10,000 sites is a 150–250 ms task after every edit (issue 18).
    let text = await serializeWorkspaceInSlices(workspace);
    let size = workspaceTextBytes(text, maxBytes);
    // Over the limit only because of its indentation: store it compact, so Open… reads it again (issue 14).
    if (size > maxBytes) ({ text, bytes: size } = serializeWorkspaceWithin(workspace, maxBytes));
    if (size > maxBytes) {
      // Refused before anything is written: the stored copy stays the last one that can be reopened.
      reportTooLarge(size);
      return;
    }
    await storage.set(STORAGE_KEYS.current, text);
    await storage.set(STORAGE_KEYS.revision, JSON.stringify(stamp));
    // The last good copy follows the session (it used to be written only at start-up, so a copy
    // damaged later restored the workspace as it was hours before). Throttled: it doubles the write.
    if (Date.now() - lastGoodAt >= LAST_GOOD_EVERY_MS) {
      lastGoodAt = Date.now();
      await storage.set(STORAGE_KEYS.lastGood, text).catch(() => undefined);
    }
    known = stamp;
    persisted = workspace;
    channel?.postMessage({ type: 'saved', stamp });
    if (store.getState().workspace === workspace) setSaveStatus({ kind: 'saved', at: stamp.savedAt });
  };

  const reportTooLarge = (size: number) => {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    setSaveStatus({ kind: 'error', message: `the workspace is ${mb(size)}, over the ${mb(maxBytes)} limit` });
    notify({
      tone: 'error',
      title: `This workspace is ${mb(size)}: over the ${mb(maxBytes)} a workspace may have, so this change was not saved in the browser.`,
      details: [
        'The copy saved before this change is kept and will open next time.',
        'Undo (Ctrl/Cmd+Z) the change, or remove sites or actuals, to save again.',
      ],
    });
  };

  const raiseConflict = (theirs: RevisionStamp) => {
    clearTimeout(timer);
    setSaveStatus({ kind: 'error', message: 'the workspace was changed in another tab' });
    setConflict({
      theirs,
      loadTheirs: () => {
        setConflict(null);
        void serial(() => loadStored('chosen'));
      },
      keepMine: () => {
        setConflict(null);
        void serial(async () => save(store.getState().workspace, { overwrite: true }));
      },
    });
  };

  const check = () =>
    serial(async () => {
      if (useTabSyncStore.getState().conflict || viewingSharedPlan()) return;
      const stored = await readStored();
      const unsavedEdits = store.getState().workspace !== persisted;
      const decision = decideOnStoredRevision({ stored, known, tabId, unsavedEdits });
      if (decision === 'load') await loadStored('silently');
      else if (decision === 'conflict' && stored) raiseConflict(stored);
    });

  const save = async (workspace: Workspace, { overwrite = false } = {}) => {
    try {
      if (useTabSyncStore.getState().conflict || viewingSharedPlan()) return;
      const stored = await readStored();
      // Fallback for missed announcements: never write over a newer revision from another tab.
      if (
        !overwrite &&
        decideOnStoredRevision({ stored, known, tabId, unsavedEdits: true }) === 'conflict' &&
        stored
      ) {
        raiseConflict(stored);
        return;
      }
      await write(workspace, stored);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const full = /quota/i.test(message);
      setSaveStatus({ kind: 'error', message: full ? 'browser storage is full' : message });
      notify({
        tone: 'error',
        title: full
          ? 'Browser storage is full: your latest changes are not saved. Use “Save file” now.'
          : 'Saving failed.',
        details: [message],
      });
    }
  };

  // Debounced: serialising a 10,000-site workspace on every keystroke would waste the main thread.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace === previous.workspace || applyingRemote) return;
    // A plan opened from a share link is shown, never saved: the stored workspace is the user's own.
    if (viewingSharedPlan()) return;
    if (useTabSyncStore.getState().conflict) return; // kept in memory until the user chooses
    setSaveStatus({ kind: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void serial(() => save(store.getState().workspace));
    }, 300);
  });

  if (channel) channel.onmessage = (event) => void (isSavedMessage(event.data) && check());
  // Without a channel (or after a missed message) a returning user still sees the newest copy.
  const onFocus = () => void check();
  // Leaving or hiding the page: save a pending edit now rather than after the debounce, which
  // may never fire (issue #14: the last edit before closing the tab was lost).
  const flush = () => {
    if (timer === undefined || store.getState().workspace === persisted) return;
    clearTimeout(timer);
    timer = undefined;
    void serial(() => save(store.getState().workspace));
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('focus', onFocus);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return () => {
    clearTimeout(timer);
    unsubscribe();
    channel?.close();
    if (typeof window !== 'undefined') {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    }
  };
}
