import { create } from 'zustand';
import type { Workspace } from '../domain/workspace/index';

/**
 * A plan opened from a share link. While `shared` is set the app store holds the shared workspace
 * (so every screen shows only the shared plan) and persistence writes nothing: the recipient's
 * own workspace waits, untouched in IndexedDB and in `own` here, until they go back to it or
 * "Save a copy" (see ./share-session).
 */
export interface SharedView {
  /** The recipient's workspace as it was when the link was opened (restored on leaving). */
  own: Workspace;
  focusScenarioId: string | undefined;
  openedAt: string;
}

interface ShareState {
  shared: SharedView | null;
}

export const useShareStore = create<ShareState>()(() => ({ shared: null }));

/** True while a shared plan is shown: nothing may be written to the user's stored workspace. */
export const viewingSharedPlan = (): boolean => useShareStore.getState().shared !== null;
