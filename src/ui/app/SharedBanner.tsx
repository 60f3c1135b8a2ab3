import { useShareStore } from '../../state/share-state';
import { closeSharedPlan, saveSharedCopy } from '../features/report/share-actions';

/**
 * Shown on every screen while a plan opened from a share link is displayed: the whole app shows
 * only that plan, and nothing is saved until "Save a copy".
 */
export function SharedBanner() {
  const shared = useShareStore((s) => s.shared);
  if (!shared) return null;
  return (
    <div className="share-banner no-print" role="region" aria-label="Shared plan" data-testid="shared-banner">
      <div>
        <strong>You are viewing a shared plan, read-only.</strong> It came inside the link; every screen shows
        it, and nothing you change here is saved. Your own workspace is untouched until you choose “Save a
        copy”.
      </div>
      <div className="button-group">
        <button type="button" className="primary" onClick={saveSharedCopy}>
          Save a copy
        </button>
        <button type="button" onClick={closeSharedPlan}>
          Back to my workspace
        </button>
      </div>
    </div>
  );
}
