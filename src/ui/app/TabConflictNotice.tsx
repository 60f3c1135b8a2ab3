import { useTabSyncStore } from '../../state/tab-sync';

/** Asks which version to keep when another tab saved this workspace while this tab had unsaved edits. */
export function TabConflictNotice() {
  const conflict = useTabSyncStore((s) => s.conflict);
  if (!conflict) return null;
  const at = new Date(conflict.theirs.savedAt);
  return (
    <div className="notices">
      <div className="notice notice--error" role="alert" data-testid="tab-conflict">
        <div className="notice__body">
          <strong>This workspace was changed in another tab</strong>
          <p className="small">
            The other tab saved at {Number.isNaN(at.getTime()) ? 'an unknown time' : at.toLocaleTimeString()}.
            Your changes in this tab are not saved until you choose.
          </p>
          <div className="toolbar">
            <button type="button" onClick={conflict.loadTheirs}>
              Load their version
            </button>
            <button type="button" className="primary" onClick={conflict.keepMine}>
              Keep mine
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
