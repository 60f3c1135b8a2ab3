import { describe, expect, it } from 'vitest';
import {
  listRecentFiles,
  MAX_RECENT_FILES,
  RECENT_FILES_KEY,
  recordRecentFile,
} from '../../../../src/io/recent-files';

function memory(initial?: string) {
  const data = new Map<string, string>(initial ? [[RECENT_FILES_KEY, initial]] : []);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('recent files', () => {
  it('keeps names and dates only, newest first, one entry per name, at most eight', () => {
    const store = memory();
    recordRecentFile('a.mrct.json', 'opened', '2026-01-01T00:00:00Z', store);
    recordRecentFile('b.mrct.json', 'saved', '2026-01-02T00:00:00Z', store);
    const list = recordRecentFile('a.mrct.json', 'saved', '2026-01-03T00:00:00Z', store);
    expect(list).toEqual([
      { name: 'a.mrct.json', action: 'saved', at: '2026-01-03T00:00:00Z' },
      { name: 'b.mrct.json', action: 'saved', at: '2026-01-02T00:00:00Z' },
    ]);
    expect(JSON.parse(store.data.get(RECENT_FILES_KEY) ?? '')).toEqual(list);
    for (let i = 0; i < 12; i++)
      recordRecentFile(`f${i}.json`, 'opened', `2026-02-${10 + i}T00:00:00Z`, store);
    expect(listRecentFiles(store).map((f) => f.name)).toEqual([
      'f11.json',
      'f10.json',
      'f9.json',
      'f8.json',
      'f7.json',
      'f6.json',
      'f5.json',
      'f4.json',
    ]);
    expect(MAX_RECENT_FILES).toBe(8);
  });

  it('survives damaged storage and missing storage', () => {
    expect(listRecentFiles(memory('{not json'))).toEqual([]);
    expect(
      listRecentFiles(memory('[{"name":1},{"name":"ok.json","action":"opened","at":"2026-01-01"}]')),
    ).toEqual([{ name: 'ok.json', action: 'opened', at: '2026-01-01' }]);
    expect(listRecentFiles(null)).toEqual([]);
    expect(recordRecentFile('x.json', 'saved', '2026-01-01', null)).toEqual([
      { name: 'x.json', action: 'saved', at: '2026-01-01' },
    ]);
  });
});
