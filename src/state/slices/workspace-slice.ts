import type { StateCreator } from 'zustand';
import type { Workspace } from '../../domain/workspace/index';
import type { AppState, WorkspaceSlice } from '../types';

/**
 * Edits go through `editWorkspace`, which hands the caller a structured clone to mutate. Cloning
 * a 10,000-site workspace takes a few ms; in exchange every edit is one immutable snapshot, which
 * undo (zundo) and persistence need anyway.
 */
export function createWorkspaceSlice(initial: Workspace): StateCreator<AppState, [], [], WorkspaceSlice> {
  return (set) => ({
    workspace: initial,
    replaceWorkspace: (workspace) => set({ workspace }),
    editWorkspace: (edit) =>
      set((state) => {
        const draft = structuredClone(state.workspace);
        edit(draft);
        return { workspace: draft };
      }),
  });
}
