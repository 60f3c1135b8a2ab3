import { create } from 'zustand';

/**
 * Two tabs of the app share one IndexedDB workspace. Each save writes a revision stamp next to the
 * workspace text and announces it on a BroadcastChannel; a tab that learns of a newer stamp from
 * another tab either loads it (no unsaved edits here) or asks the user (edits here would be lost
 * either way). Without BroadcastChannel, the stamp is re-read before every save, so an overwrite is
 * still caught, only later.
 */

export const REVISION_KEY = 'mrct-planner/workspace-revision';
export const CHANNEL_NAME = 'mrct-planner';

/** Who saved which revision of the stored workspace, and when. */
export interface RevisionStamp {
  revision: number;
  tabId: string;
  savedAt: string;
}

export type SyncDecision = 'ignore' | 'load' | 'conflict';

/**
 * What a tab does on learning that storage holds `stored`, given the stamp of the version it shows
 * (`known`) and whether it has edits not yet saved. A stamp from another tab at the same revision as
 * ours means both saved at once and theirs landed last: our saved edits were overwritten, so the
 * user must choose even with nothing unsaved.
 */
export function decideOnStoredRevision(input: {
  stored: RevisionStamp | undefined;
  known: RevisionStamp | undefined;
  tabId: string;
  unsavedEdits: boolean;
}): SyncDecision {
  const { stored, known } = input;
  if (!stored || stored.tabId === input.tabId) return 'ignore';
  const knownRevision = known?.revision ?? 0;
  if (stored.revision < knownRevision) return 'ignore';
  if (known && stored.revision === known.revision && stored.tabId === known.tabId) return 'ignore';
  const overwroteOurs =
    known !== undefined && stored.revision === knownRevision && known.tabId === input.tabId;
  return input.unsavedEdits || overwroteOurs ? 'conflict' : 'load';
}

/** The stamp for this tab's next save: one past anything seen, so revisions only grow. */
export function nextStamp(
  known: RevisionStamp | undefined,
  stored: RevisionStamp | undefined,
  tabId: string,
  now: Date,
): RevisionStamp {
  return {
    revision: Math.max(known?.revision ?? 0, stored?.revision ?? 0) + 1,
    tabId,
    savedAt: now.toISOString(),
  };
}

/** Reads a stored stamp; anything malformed counts as no stamp (an older build wrote none). */
export function parseStamp(text: string | undefined): RevisionStamp | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { revision, tabId, savedAt } = value as Record<string, unknown>;
    if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) return undefined;
    if (typeof tabId !== 'string' || typeof savedAt !== 'string') return undefined;
    return { revision, tabId, savedAt };
  } catch {
    return undefined;
  }
}

/** The message a tab broadcasts after each save. */
export interface SavedMessage {
  type: 'saved';
  stamp: RevisionStamp;
}

export function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, stamp } = data as Record<string, unknown>;
  return type === 'saved' && parseStamp(JSON.stringify(stamp ?? null)) !== undefined;
}

/** The part of BroadcastChannel used here (a fake in unit tests). */
export interface SyncChannel {
  postMessage: (message: SavedMessage) => void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close: () => void;
}

export function openSyncChannel(): SyncChannel | null {
  return typeof BroadcastChannel === 'function'
    ? (new BroadcastChannel(CHANNEL_NAME) as unknown as SyncChannel)
    : null;
}

export function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `tab-${Date.now()}-${Math.random()}`;
}

/** A pending choice between this tab's unsaved version and another tab's newer one. */
export interface TabConflict {
  theirs: RevisionStamp;
  loadTheirs: () => void;
  keepMine: () => void;
}

/** UI state for the conflict notice (not persisted, not undoable). */
export const useTabSyncStore = create<{
  conflict: TabConflict | null;
  setConflict: (c: TabConflict | null) => void;
}>()((set) => ({
  conflict: null,
  setConflict: (conflict) => set({ conflict }),
}));
