// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../src/domain/workspace/index';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { WorkspaceMenu } from '../../../src/ui/app/WorkspaceMenu';

/** Issue #14 defect 5: "Save file" says why a workspace over the limit was not saved, and writes nothing. */
const sample = loadSampleWorkspace();

beforeEach(() => {
  useAppStore.setState({ workspace: sample, notices: [], hydrated: true });
  URL.createObjectURL = vi.fn(() => 'blob:workspace');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Save file and the 50 MB limit', () => {
  it('refuses a workspace over 50 MB with a message, and downloads nothing', async () => {
    const user = userEvent.setup();
    const huge = { ...sample, study: { ...sample.study, name: 'x'.repeat(MAX_WORKSPACE_FILE_BYTES + 1) } };
    useAppStore.setState({ workspace: huge });
    render(<WorkspaceMenu />);
    await user.click(screen.getByRole('button', { name: 'Save file' }));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.tone).toBe('error');
    expect(notice?.title).toMatch(/over the 50\.0 MB a workspace file may have, so no file was saved/);
    expect(useAppStore.getState().workspace).toBe(huge);
  }, 60_000);

  it('saves a workspace within the limit', async () => {
    const user = userEvent.setup();
    render(<WorkspaceMenu />);
    await user.click(screen.getByRole('button', { name: 'Save file' }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().notices.filter((n) => n.tone === 'error')).toEqual([]);
  });
});
