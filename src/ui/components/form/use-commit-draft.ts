import { useState } from 'react';

/**
 * What the user is typing over a stored value: the draft, and the reason the store refused it.
 * - commit(): unchanged text stores nothing (no undo step); otherwise `onCommit` stores it or
 *   returns why not — a refused draft stays in the input with its reason, nothing is stored;
 * - revert(): back to the stored value (Escape);
 * - a stored value changed elsewhere (undo, file opened) replaces the draft.
 */
export function useCommitDraft(stored: string, onCommit: (raw: string) => string | null) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [synced, setSynced] = useState(stored);
  if (synced !== stored) {
    setSynced(stored);
    setDraft(null);
    setError(null);
  }
  /** Returns true when the value is stored (or unchanged), false when refused. */
  const commit = (): boolean => {
    if (draft === null || draft === stored) {
      setDraft(null);
      setError(null);
      return true;
    }
    const reason = onCommit(draft);
    setError(reason);
    if (reason) return false;
    setDraft(null);
    return true;
  };
  return {
    text: draft ?? stored,
    error,
    change: (text: string) => {
      setDraft(text);
      setError(null);
    },
    commit,
    revert: () => {
      setDraft(null);
      setError(null);
    },
  };
}
