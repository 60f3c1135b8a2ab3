import { parseWorkspaceFile, serializeWorkspace, type Workspace } from '../domain/workspace/index';
import { createIdbStorage, type KeyValueStorage } from './idb-storage';
import { loadSampleWorkspace } from './sample';
import { useAppStore } from './store';

export const STORAGE_KEYS = {
  current: 'mrct-planner/workspace',
  lastGood: 'mrct-planner/workspace-last-good',
  damaged: 'mrct-planner/workspace-damaged',
} as const;

/**
 * Browser persistence. The workspace is stored in IndexedDB as the same versioned text as a saved
 * file, so one migration chain serves files and storage (a copy saved today opens next year).
 * At start the stored text is parsed and validated; a damaged copy is kept aside for download and
 * the last good copy (written after every successful start) is restored instead.
 */
export async function startPersistence(storage: KeyValueStorage = createIdbStorage()): Promise<() => void> {
  const store = useAppStore;
  const { notify, setSaveStatus, setHydrated, replaceWorkspace } = store.getState();

  const restore = async (): Promise<Workspace | null> => {
    const text = await storage.get(STORAGE_KEYS.current);
    if (text === undefined) return null;
    const parsed = parseWorkspaceFile(text, 'browser storage');
    if (parsed.ok) {
      await storage.set(STORAGE_KEYS.lastGood, text).catch(() => undefined);
      return parsed.workspace;
    }
    await storage.set(STORAGE_KEYS.damaged, text).catch(() => undefined);
    const backupText = await storage.get(STORAGE_KEYS.lastGood);
    const backup = backupText === undefined ? null : parseWorkspaceFile(backupText, 'last good copy');
    notify({
      tone: 'error',
      title: backup?.ok
        ? 'The workspace saved in this browser was damaged; the last good copy was restored.'
        : 'The workspace saved in this browser was damaged; the sample workspace was opened.',
      details: parsed.problems.slice(0, 5).map((p) => `${p.path || '(whole file)'}: ${p.message}`),
    });
    return backup?.ok ? backup.workspace : loadSampleWorkspace();
  };

  try {
    const restored = await restore();
    if (restored) replaceWorkspace(restored);
  } catch (error) {
    notify({ tone: 'error', title: 'Browser storage is unavailable; changes will not be kept.', details: [String(error)] });
  }
  store.temporal.getState().clear();
  setHydrated(true);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async (workspace: Workspace) => {
    try {
      await storage.set(STORAGE_KEYS.current, serializeWorkspace(workspace));
      if (store.getState().workspace === workspace) setSaveStatus({ kind: 'saved', at: new Date().toISOString() });
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const full = /quota/i.test(message);
      setSaveStatus({ kind: 'error', message: full ? 'browser storage is full' : message });
      notify({
        tone: 'error',
        title: full ? 'Browser storage is full: your latest changes are not saved. Use “Save file” now.' : 'Saving failed.',
        details: [message],
      });
    }
  };
  // Debounced: serialising a 10,000-site workspace on every keystroke would waste the main thread.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace === previous.workspace) return;
    setSaveStatus({ kind: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => void save(state.workspace), 300);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
