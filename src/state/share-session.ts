import type { Workspace } from '../domain/workspace/index';
import { useShareStore } from './share-state';
import { useAppStore } from './store';

/** Runs `task` without recording undo steps, then forgets the history (it belongs to the other workspace). */
function withoutHistory(task: () => void): void {
  const temporal = useAppStore.temporal.getState();
  temporal.pause();
  try {
    task();
  } finally {
    temporal.resume();
    temporal.clear();
  }
}

/** Resolves once persistence has restored the stored workspace (so it cannot overwrite a shared plan). */
export function whenHydrated(): Promise<void> {
  if (useAppStore.getState().hydrated) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe((s) => {
      if (!s.hydrated) return;
      stop();
      resolve();
    });
  });
}

/** Shows a shared plan in the whole app; the user's own workspace is kept aside, unsaved changes none. */
export function enterSharedPlan(workspace: Workspace, focusScenarioId: string | undefined): void {
  const current = useShareStore.getState().shared;
  const own = current ? current.own : useAppStore.getState().workspace;
  // The flag goes up before the workspace changes, so persistence never sees the shared plan as an edit.
  useShareStore.setState({ shared: { own, focusScenarioId, openedAt: new Date().toISOString() } });
  withoutHistory(() => useAppStore.getState().replaceWorkspace(workspace));
}

/** Back to the user's own workspace, exactly as it was; the shared plan (and any edits to it) is dropped. */
export function leaveSharedPlan(): void {
  const shared = useShareStore.getState().shared;
  if (!shared) return;
  withoutHistory(() => useAppStore.getState().replaceWorkspace(shared.own));
  useShareStore.setState({ shared: null });
}

/**
 * "Save a copy": the shared plan as shown (with the recipient's edits) becomes the working
 * workspace and is saved; one undo step brings their own workspace back.
 */
export function adoptSharedPlan(): Workspace | null {
  const shared = useShareStore.getState().shared;
  if (!shared) return null;
  const copy = useAppStore.getState().workspace;
  withoutHistory(() => useAppStore.getState().replaceWorkspace(shared.own));
  useShareStore.setState({ shared: null });
  // A new object, so that the store sees a change (an undo step back to `own`) and persistence saves it.
  const adopted = { ...copy };
  useAppStore.getState().replaceWorkspace(adopted);
  return adopted;
}

/** Drops the shared view without restoring (before New / Open…, which replace the workspace anyway). */
export function dropSharedPlan(): void {
  useShareStore.setState({ shared: null });
}
