import sampleFile from '../../data/sample-workspace.json';
import { parseWorkspaceFile, type Workspace } from '../domain/workspace/index';

/** The realistic sample workspace the app opens on first start (data/sample-workspace.json). */
export function loadSampleWorkspace(): Workspace {
  const parsed = parseWorkspaceFile(JSON.stringify(sampleFile), 'sample-workspace.json');
  if (!parsed.ok) throw new Error(`Bundled sample is invalid: ${parsed.problems[0]?.message ?? ''}`);
  return parsed.workspace;
}
