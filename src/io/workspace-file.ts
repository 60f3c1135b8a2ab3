import {
  MAX_WORKSPACE_FILE_BYTES,
  megabytes,
  serializeWorkspaceWithin,
  type Workspace,
} from '../domain/workspace/index';
import { downloadFile, safeFileName } from './download';

export type SaveFileResult =
  { ok: true; name: string } | { ok: false; bytes: number; message: string; details: string[] };

/**
 * "Save file": offers the workspace as a `.mrct.json` download. A workspace over the size limit
 * is refused before any file is written (issue #14 defect 5): the file could never be opened
 * again, and the same limit already keeps it from being stored in the browser.
 */
export function saveWorkspaceFile(
  workspace: Workspace,
  download: (name: string, content: BlobPart, mimeType: string) => void = downloadFile,
): SaveFileResult {
  const name = safeFileName(workspace.study.name.split(':')[0] ?? 'workspace', '.mrct.json');
  // Indented as usual; without indentation when only that fits (whatever Open… took can be saved).
  const { text, bytes } = serializeWorkspaceWithin(workspace);
  if (bytes > MAX_WORKSPACE_FILE_BYTES) {
    return {
      ok: false,
      bytes,
      message: `This workspace is ${megabytes(bytes)}: over the ${megabytes(MAX_WORKSPACE_FILE_BYTES)} a workspace file may have, so no file was saved.`,
      details: [
        'Open… could not read it back, so a larger file would only look like a backup.',
        'Nothing was lost: the workspace stays open here. Undo (Ctrl/Cmd+Z) the last change, or remove sites or actuals, then save again.',
      ],
    };
  }
  download(name, text, 'application/json');
  return { ok: true, name };
}
