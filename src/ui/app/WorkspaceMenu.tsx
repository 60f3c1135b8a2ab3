import { useEffect, useState } from 'react';
import { blankWorkspace, newId } from '../../domain/workspace/index';
import { safeFileName } from '../../io/download';
import { listRecentFiles, recordRecentFile, type RecentFile } from '../../io/recent-files';
import { saveWorkspaceFile } from '../../io/workspace-file';
import { readWorkspaceFile } from './read-workspace-file';
import { useAppStore } from '../../state/store';
import { dropSharedPlan } from '../../state/share-session';
import { FileButton, ShareLinkField } from '../components/form';
import { openShareFromLocation, shareWorkspaceLink } from '../features/report/share-actions';

/** The name saveWorkspaceFile gives the download (for the recent-files list). */
const savedFileName = (studyName: string) =>
  safeFileName(studyName.split(':')[0] ?? 'workspace', '.mrct.json');

/**
 * New / Open / Save of whole workspaces, share links and the recent-files list. Opening is
 * atomic: a bad file or link changes nothing.
 */
export function WorkspaceMenu() {
  const replaceWorkspace = useAppStore((s) => s.replaceWorkspace);
  const notify = useAppStore((s) => s.notify);
  const [recent, setRecent] = useState<RecentFile[]>(() => listRecentFiles());
  const [shareUrl, setShareUrl] = useState<string | null>(null);

  useEffect(() => {
    const check = () => void openShareFromLocation();
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);

  const onNew = () => {
    dropSharedPlan();
    replaceWorkspace(blankWorkspace(newId('ws'), new Date().toISOString().slice(0, 10)));
    notify({ tone: 'info', title: 'New workspace created. Undo (Ctrl/Cmd+Z) brings the previous one back.' });
  };

  const onOpen = async (file: File) => {
    const result = await readWorkspaceFile(file);
    if (!result.ok) {
      notify({
        tone: 'error',
        title: `Could not open ${file.name}; your workspace is unchanged.`,
        details: result.problems
          .slice(0, 20)
          .map((p) => `${p.file} › ${p.path || '(whole file)'}: ${p.message}`),
      });
      return;
    }
    dropSharedPlan();
    replaceWorkspace(result.workspace);
    setRecent(recordRecentFile(file.name, 'opened'));
    notify({
      tone: 'success',
      title: `Opened ${file.name}${result.migratedFrom ? ` (upgraded from schema version ${result.migratedFrom})` : ''}.`,
    });
  };

  const onSave = () => {
    const workspace = useAppStore.getState().workspace;
    const saved = saveWorkspaceFile(workspace);
    if (!saved.ok) {
      notify({ tone: 'error', title: saved.message, details: saved.details });
      return;
    }
    setRecent(recordRecentFile(savedFileName(workspace.study.name), 'saved'));
  };

  const onShare = async () => {
    const link = await shareWorkspaceLink(useAppStore.getState().workspace);
    setShareUrl(link?.url ?? null);
  };

  return (
    <div className="button-group workspace-menu" aria-label="Workspace file">
      <button type="button" onClick={onNew}>
        New
      </button>
      <FileButton
        accept=".json,application/json"
        testId="open-workspace-input"
        onFile={(f) => void onOpen(f)}
      >
        Open…
      </FileButton>
      <button type="button" onClick={onSave}>
        Save file
      </button>
      <button
        type="button"
        onClick={() => void onShare()}
        title="Copy a link that carries this workspace (never sent to a server)"
      >
        Share link
      </button>
      <details
        className="recent-files"
        onToggle={(e) => (e.currentTarget.open ? setRecent(listRecentFiles()) : undefined)}
      >
        <summary>Recent files</summary>
        <div className="recent-files__panel">
          {recent.length === 0 ? (
            <p className="muted small">No files opened or saved in this browser yet.</p>
          ) : (
            <ul data-testid="recent-files">
              {recent.map((f) => (
                <li key={f.name}>
                  <span className="recent-files__name">{f.name}</span>{' '}
                  <span className="muted small">
                    {f.action} {new Date(f.at).toLocaleString()}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">Names and dates only; use Open… to open a file again.</p>
        </div>
      </details>
      {shareUrl && (
        <div className="share-popover" role="dialog" aria-label="Share link">
          <label htmlFor="share-url" className="small">
            Share link (the plan is inside the link; nothing is uploaded)
          </label>
          <ShareLinkField id="share-url" url={shareUrl} testId="share-url" onDone={() => setShareUrl(null)} />
        </div>
      )}
    </div>
  );
}
