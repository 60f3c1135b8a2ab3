import type { Workspace } from '../../../domain/workspace/index';
import { saveWorkspaceFile } from '../../../io/workspace-file';
import { shareFragmentPayload } from '../../../io/share/share-fragment';
import {
  adoptSharedPlan,
  enterSharedPlan,
  leaveSharedPlan,
  whenHydrated,
} from '../../../state/share-session';
import { useAppStore } from '../../../state/store';

function go(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Opens the share link in the address bar, if any: validates it, shows it in the whole app
 * read-only (nothing is saved) on the Report screen and takes the (long) payload out of the address
 * bar. A bad link changes nothing and says why.
 */
export async function openShareFromLocation(): Promise<void> {
  const payload = shareFragmentPayload(location.hash);
  if (payload === null) return;
  // Take the payload out at once, so a second hashchange does not open it twice.
  history.replaceState(null, '', `${location.pathname}${location.search}#/report`);
  // Decoded and validated in a Web Worker (issue #14): a hostile link cannot freeze the page.
  const [{ openShareOffMainThread }] = await Promise.all([
    import('../../../worker/share-decode'),
    whenHydrated(),
  ]);
  const result = await openShareOffMainThread(payload);
  const { notify } = useAppStore.getState();
  if (!result.ok) {
    notify({ tone: 'error', title: result.message, details: result.details });
    go('#/study');
    return;
  }
  enterSharedPlan(result.workspace, result.focusScenarioId);
  go('#/report');
}

/** Makes the shared plan the working one (undo brings the previous one back). */
export function saveSharedCopy(): void {
  const adopted = adoptSharedPlan();
  if (!adopted) return;
  useAppStore.getState().notify({
    tone: 'success',
    title: `“${adopted.study.name}” is now your working workspace. Undo (Ctrl/Cmd+Z) brings your previous one back.`,
  });
}

/** Leaves the shared plan; the user's own workspace is shown again, as it was. */
export function closeSharedPlan(): void {
  leaveSharedPlan();
}

/** Builds a share link and copies it; when it is too large, says why and offers the file instead. */
export async function shareWorkspaceLink(
  workspace: Workspace,
  options: { scenarioId?: string; scenarioIds?: string[]; focusScenarioId?: string } = {},
): Promise<{ url: string } | null> {
  const { createShareLink, sharedWorkspace } = await import('../../../io/share/share-link');
  const result = createShareLink(workspace, location.href, options);
  const { notify } = useAppStore.getState();
  if (!result.ok) {
    notify({
      tone: 'error',
      title: 'Link too large to share',
      details: [result.message],
      action: {
        label: 'Download the plan as a file',
        run: () => {
          const saved = saveWorkspaceFile(sharedWorkspace(workspace, options));
          if (!saved.ok) notify({ tone: 'error', title: saved.message, details: saved.details });
        },
      },
    });
    return null;
  }
  // The clipboard needs permission or a secure context; when refused, the link is shown instead.
  const copied = await navigator.clipboard?.writeText(result.url).then(
    () => true,
    () => false,
  );
  notify({
    tone: 'success',
    title: copied
      ? `Share link copied (${Math.ceil(result.chars / 1024)} KB).`
      : `Share link ready (${Math.ceil(result.chars / 1024)} KB): copy it from the box.`,
    details: [
      'The plan travels inside the link (after “#”), so it is never sent to a server. Anyone with the link can read it.',
    ],
  });
  return { url: result.url };
}
