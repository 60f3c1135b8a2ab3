// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  compactJsonText,
  parseWorkspaceFile,
  serializeWorkspace,
  type Workspace,
} from '../../../src/domain/workspace/index';
import { createMemoryStorage } from '../../../src/state/idb-storage';
import { STORAGE_KEYS, startPersistence } from '../../../src/state/persistence';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';

/**
 * Issue #14 defect 5: a stored copy over the size limit (an older release saved without a check)
 * must not cost the session, and what the rescue offers must open with Open….
 */
const sample = loadSampleWorkspace();
const withTarget = (n: number): Workspace => ({ ...sample, study: { ...sample.study, targetRandomised: n } });
const utf8 = (text: string) => new TextEncoder().encode(text).length;
let stop: (() => void) | undefined;

beforeEach(() => {
  useAppStore.setState({ workspace: sample, notices: [], hydrated: false });
  useAppStore.temporal.getState().clear();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('a stored copy over the size limit', () => {
  it('reopens whole when it fits without indentation, and is saved that way from then on', async () => {
    vi.useFakeTimers();
    // Given the indented copy an older release stored, over the limit only by its indentation
    const legacy = serializeWorkspace(withTarget(777));
    const maxBytes = utf8(compactJsonText(legacy)) + 2000;
    expect(utf8(legacy)).toBeGreaterThan(maxBytes);
    const storage = createMemoryStorage({ [STORAGE_KEYS.current]: legacy });
    // When the app starts
    stop = await startPersistence(storage, { channel: null, maxBytes });
    // Then that workspace is open (not the last good copy nor the sample), with no damage reported
    expect(useAppStore.getState().workspace.study.targetRandomised).toBe(777);
    expect(useAppStore.getState().notices.filter((n) => n.tone === 'error')).toEqual([]);
    // And the next save stores it within the limit, in a form that parses back
    useAppStore.getState().editWorkspace((ws) => void (ws.study.targetRandomised = 778));
    await vi.advanceTimersByTimeAsync(400);
    const stored = storage.data.get(STORAGE_KEYS.current)!;
    expect(utf8(stored)).toBeLessThanOrEqual(maxBytes);
    const reopened = parseWorkspaceFile(stored);
    expect(reopened.ok && reopened.workspace.study.targetRandomised).toBe(778);
  });

  it('over the limit even without indentation: restores the last good copy and offers the compact copy with the reason', async () => {
    const legacy = serializeWorkspace(withTarget(777));
    const compact = compactJsonText(legacy);
    const maxBytes = utf8(compact) - 1;
    const downloads: Array<{ name: string; text: string }> = [];
    const storage = createMemoryStorage({
      [STORAGE_KEYS.current]: legacy,
      [STORAGE_KEYS.lastGood]: serializeWorkspace(withTarget(555)),
    });
    stop = await startPersistence(storage, {
      channel: null,
      maxBytes,
      download: (name, text) => void downloads.push({ name, text }),
    });
    expect(useAppStore.getState().workspace.study.targetRandomised).toBe(555);
    const notice = useAppStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.title).toMatch(/last good copy was restored/);
    expect(notice.details?.join(' ')).toMatch(/over the .* MB a workspace may have/);
    notice.action!.run();
    // The download is the same workspace, intact, in its smallest form
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.text).toBe(compact);
    const rescued = parseWorkspaceFile(downloads[0]!.text);
    expect(rescued.ok && rescued.workspace.study.targetRandomised).toBe(777);
  });
});
