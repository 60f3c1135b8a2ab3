/**
 * "Recent files": names and dates of workspace files opened or saved in this browser. Only the
 * name, the action and the time are kept — never content (a browser cannot reopen a file by
 * name, and a list of plans is all a colleague at the same machine should see).
 */

export interface RecentFile {
  name: string;
  action: 'opened' | 'saved';
  /** ISO timestamp. */
  at: string;
}

export const RECENT_FILES_KEY = 'mrct-planner/recent-files';
export const MAX_RECENT_FILES = 8;

type SmallStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): SmallStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // e.g. storage disabled by the browser's privacy settings
  }
}

function isRecent(v: unknown): v is RecentFile {
  const r = v as Partial<RecentFile> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.name === 'string' &&
    (r.action === 'opened' || r.action === 'saved') &&
    typeof r.at === 'string'
  );
}

/** The list, newest first; a damaged entry is dropped rather than breaking the menu. */
export function listRecentFiles(storage: SmallStorage | null = defaultStorage()): RecentFile[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RECENT_FILES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, MAX_RECENT_FILES) : [];
  } catch {
    return [];
  }
}

/** Records a file; the same name moves to the top instead of appearing twice. */
export function recordRecentFile(
  name: string,
  action: RecentFile['action'],
  at = new Date().toISOString(),
  storage: SmallStorage | null = defaultStorage(),
): RecentFile[] {
  const list = [
    { name: name.slice(0, 200), action, at },
    ...listRecentFiles(storage).filter((f) => f.name !== name),
  ].slice(0, MAX_RECENT_FILES);
  try {
    storage?.setItem(RECENT_FILES_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the list is a convenience, not worth an error message.
  }
  return list;
}
