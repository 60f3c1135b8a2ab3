import { describe, expect, it } from 'vitest';
import {
  MAX_WORKSPACE_FILE_BYTES,
  parseWorkspaceFile,
  workspaceTextBytes,
  type Workspace,
} from '../../../src/domain/workspace/index';
import { saveWorkspaceFile } from '../../../src/io/workspace-file';
import { loadSampleWorkspace } from '../../../src/state/sample';

/** Issue #14 defect 5: "Save file" checks the one size limit Open… and autosave apply. */
const sample = loadSampleWorkspace();
const named = (name: string): Workspace => ({ ...sample, study: { ...sample.study, name } });

function recorder() {
  const files: Array<{ name: string; text: string; type: string }> = [];
  const download = (name: string, text: BlobPart, type: string) =>
    void files.push({ name, text: String(text), type });
  return { files, download };
}

describe('saveWorkspaceFile', () => {
  it('offers the workspace as a file that Open… reads back', () => {
    const { files, download } = recorder();
    const result = saveWorkspaceFile(sample, download);
    expect(result).toMatchObject({ ok: true });
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/\.mrct\.json$/);
    const reopened = parseWorkspaceFile(files[0]!.text, files[0]!.name);
    expect(reopened.ok && reopened.workspace.study.name).toBe(sample.study.name);
  });

  it('refuses a workspace over the 50 MB limit before any file is written, and says why', () => {
    const { files, download } = recorder();
    const huge = named('x'.repeat(MAX_WORKSPACE_FILE_BYTES + 1));
    const result = saveWorkspaceFile(huge, download);
    expect(files).toHaveLength(0);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /This workspace is 50\.0 MB: over the 50\.0 MB a workspace file may have, so no file was saved/,
    );
    expect(!result.ok && result.details.join(' ')).toMatch(/Open… could not read it back/);
    expect(!result.ok && result.details.join(' ')).toMatch(/nothing was lost/i);
  });

  it('counts UTF-8 bytes, as Open… does (File.size), not characters', () => {
    // Near the limit every character is counted: "é" is one character and two bytes
    expect(workspaceTextBytes('é'.repeat(1000), 1500)).toBe(2000);
    expect(workspaceTextBytes('e'.repeat(1000), 1500)).toBe(1000);
    // Far below it, characters are enough (≤ 3 bytes each, so the limit cannot be passed)
    expect(workspaceTextBytes('é'.repeat(1000))).toBe(1000);
  });
});
