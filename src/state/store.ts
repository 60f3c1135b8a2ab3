import { create } from 'zustand';
import { temporal } from 'zundo';
import { loadSampleWorkspace } from './sample';
import { createUiSlice } from './slices/ui-slice';
import { createWorkspaceSlice } from './slices/workspace-slice';
import type { AppState } from './types';

/**
 * The one store: workspace inputs (undoable, persisted by ./persistence) and UI state (neither).
 * Results are never stored: screens derive them from the workspace through the engine.
 */
export const useAppStore = create<AppState>()(
  temporal(
    (...args) => ({
      ...createWorkspaceSlice(loadSampleWorkspace())(...args),
      ...createUiSlice(...args),
    }),
    {
      limit: 200,
      partialize: (state) => ({ workspace: state.workspace }),
      equality: (a, b) => a.workspace === b.workspace,
    },
  ),
);
