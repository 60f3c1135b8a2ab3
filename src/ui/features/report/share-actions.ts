import type { Workspace } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { shareFragmentPayload } from '../../../io/share/share-fragment';
import { useShareStore } from './share-state';

function go(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Opens the share link in the address bar, if any: validates it, shows it read-only on the
 * Report screen and takes the (long) payload out of the address bar. A bad link changes nothing
 * and says why.
 */
export async function openShareFromLocation(): Promise<void> {
  const payload = shareFragmentPayload(location.hash);
  if (payload === null) return;
  const { openSharePayload } = await import('../../../io/share/share-link');
  const result = openSharePayload(payload);
  const { notify } = useAppStore.getState();
  if (!result.ok) {
    notify({ tone: 'error', title: result.message, details: result.details });
    go('#/study');
    return;
  }
  useShareStore.getState().openShared({ workspace: result.workspace, focusScenarioId: result.focusScenarioId, openedAt: new Date().toISOString() });
  go('#/report');
}

/** Makes the shared workspace the working one (undo brings the previous one back). */
export function saveSharedCopy(): void {
  const shared = useShareStore.getState().shared;
  if (!shared) return;
  const { replaceWorkspace, notify } = useAppStore.getState();
  replaceWorkspace(shared.workspace);
  useShareStore.getState().closeShared();
  notify({ tone: 'success', title: `“${shared.workspace.study.name}” is now your working workspace. Undo (Ctrl/Cmd+Z) brings your previous one back.` });
}

/** Builds a share link and copies it; says plainly when it is too large. */
export async function shareWorkspaceLink(workspace: Workspace, options: { scenarioId?: string; focusScenarioId?: string } = {}): Promise<{ url: string } | null> {
  const { createShareLink } = await import('../../../io/share/share-link');
  const result = createShareLink(workspace, location.href, options);
  const { notify } = useAppStore.getState();
  if (!result.ok) {
    notify({ tone: 'error', title: 'Link too large to share', details: [result.message] });
    return null;
  }
  // The clipboard needs permission or a secure context; when refused, the link is shown instead.
  const copied = await navigator.clipboard?.writeText(result.url).then(
    () => true,
    () => false,
  );
  notify({
    tone: 'success',
    title: copied ? `Share link copied (${Math.ceil(result.chars / 1024)} KB).` : `Share link ready (${Math.ceil(result.chars / 1024)} KB): copy it from the box.`,
    details: ['The plan travels inside the link (after “#”), so it is never sent to a server. Anyone with the link can read it.'],
  });
  return { url: result.url };
}
