import { create } from 'zustand';
import type { Workspace } from '../../../domain/workspace/index';

/**
 * A workspace opened from a share link, viewed read-only. Deliberately a separate store, outside
 * the persisted and undoable app store: viewing a colleague's plan must never overwrite the
 * user's own work. "Save a copy" is the one way it enters the app store.
 */
export interface SharedView {
  workspace: Workspace;
  focusScenarioId: string | undefined;
  openedAt: string;
}

interface ShareState {
  shared: SharedView | null;
  openShared: (view: SharedView) => void;
  closeShared: () => void;
}

export const useShareStore = create<ShareState>()((set) => ({
  shared: null,
  openShared: (shared) => set({ shared }),
  closeShared: () => set({ shared: null }),
}));
