import { useRef } from 'react';
import { blankWorkspace, newId } from '../../domain/workspace/index';
import { readWorkspaceFile, saveWorkspaceFile } from '../../io/workspace-file';
import { useAppStore } from '../../state/store';

/** New / Open / Save of whole workspaces. Opening is atomic: a bad file changes nothing. */
export function WorkspaceMenu() {
  const fileInput = useRef<HTMLInputElement>(null);
  const replaceWorkspace = useAppStore((s) => s.replaceWorkspace);
  const notify = useAppStore((s) => s.notify);

  const onNew = () => {
    replaceWorkspace(blankWorkspace(newId('ws'), new Date().toISOString().slice(0, 10)));
    notify({ tone: 'info', title: 'New workspace created. Undo (Ctrl/Cmd+Z) brings the previous one back.' });
  };

  const onOpen = async (file: File | undefined) => {
    if (!file) return;
    const result = await readWorkspaceFile(file);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      notify({
        tone: 'error',
        title: `Could not open ${file.name}; your workspace is unchanged.`,
        details: result.problems.slice(0, 20).map((p) => `${p.file} › ${p.path || '(whole file)'}: ${p.message}`),
      });
      return;
    }
    replaceWorkspace(result.workspace);
    notify({
      tone: 'success',
      title: `Opened ${file.name}${result.migratedFrom ? ` (upgraded from schema version ${result.migratedFrom})` : ''}.`,
    });
  };

  return (
    <div className="button-group" aria-label="Workspace file">
      <button type="button" onClick={onNew}>
        New
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-workspace-input"
        onChange={(e) => void onOpen(e.target.files?.[0])}
      />
      <button type="button" onClick={() => saveWorkspaceFile(useAppStore.getState().workspace)}>
        Save file
      </button>
    </div>
  );
}
