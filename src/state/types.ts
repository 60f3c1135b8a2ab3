import type { Workspace } from '../domain/workspace/index';

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

export interface Notice {
  id: number;
  tone: 'info' | 'error' | 'success';
  title: string;
  details?: string[];
  /** An optional button (e.g. "Download the damaged copy"). */
  action?: { label: string; run: () => void };
}

/** The persisted, undoable part: the user's inputs. */
export interface WorkspaceSlice {
  workspace: Workspace;
  /** Replaces the whole workspace (open file, new workspace, import applied atomically). */
  replaceWorkspace: (workspace: Workspace) => void;
  /** Applies an edit to a draft copy; the edit is one undo step. */
  editWorkspace: (edit: (draft: Workspace) => void) => void;
}

/** UI state: neither persisted with the workspace nor undoable. */
export interface UiSlice {
  hydrated: boolean;
  saveStatus: SaveStatus;
  notices: Notice[];
  selectedScenarioId: string | null;
  setHydrated: (hydrated: boolean) => void;
  setSaveStatus: (status: SaveStatus) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  selectScenario: (id: string | null) => void;
}

export type AppState = WorkspaceSlice & UiSlice;
