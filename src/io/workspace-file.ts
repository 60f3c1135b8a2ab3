import { serializeWorkspace, type Workspace } from '../domain/workspace/index';
import { downloadFile, safeFileName } from './download';

export function saveWorkspaceFile(workspace: Workspace): void {
  downloadFile(
    safeFileName(workspace.study.name.split(':')[0] ?? 'workspace', '.mrct.json'),
    serializeWorkspace(workspace),
    'application/json',
  );
}
