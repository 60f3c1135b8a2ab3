import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { readWorkspaceFile } from '../../../../src/ui/app/read-workspace-file';

const sampleText = readFileSync('data/sample-workspace.json', 'utf8');

describe('readWorkspaceFile', () => {
  it('opens a valid file (parsed off the main thread, here through the fallback) like parseWorkspaceFile', async () => {
    // Given the sample saved as a file
    const file = new File([sampleText], 'sample.mrct.json', { type: 'application/json' });
    // When it is read
    const result = await readWorkspaceFile(file);
    // Then the workspace is the one the parser gives
    expect(result).toEqual(parseWorkspaceFile(sampleText, 'sample.mrct.json'));
  });

  it('refuses a damaged file naming the file, the JSON path and the reason', async () => {
    // Given a file whose target is negative
    const doc = JSON.parse(sampleText) as { workspace: { study: Record<string, unknown> } };
    doc.workspace.study.targetRandomised = -5;
    const file = new File([JSON.stringify(doc)], 'bad.mrct.json');
    // When it is read
    const result = await readWorkspaceFile(file);
    // Then it is refused with the problem's place
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'bad.mrct.json',
      path: 'workspace.study.targetRandomised',
    });
  });

  it('refuses text that is not JSON with the parser’s message', async () => {
    const result = await readWorkspaceFile(new File(['{ "schemaVersion": '], 'cut.json'));
    expect(result).toEqual(parseWorkspaceFile('{ "schemaVersion": ', 'cut.json'));
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'cut.json',
      path: '',
      message: expect.stringMatching(/^Not valid JSON/),
    });
  });
});
