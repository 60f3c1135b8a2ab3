import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactJsonText,
  parseWorkspaceFile,
  serializeWorkspace,
  serializeWorkspaceWithin,
} from '../../../../src/domain/workspace/index';
import { loadSampleWorkspace } from '../../../../src/state/sample';
import { FUZZ_SEED } from '../../fuzz/fuzz-helpers';

/** Issue #14 defect 5: a workspace near the size limit is written without indentation. */
describe('compactJsonText', () => {
  it('turns indented JSON into exactly the compact JSON of the same value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(compactJsonText(JSON.stringify(value, null, 2))).toBe(JSON.stringify(value));
      }),
      { seed: FUZZ_SEED, numRuns: 1000 },
    );
  });

  it('keeps spaces, escaped quotes and backslashes inside strings', () => {
    const text = '{ "a b" : "x \\" y\\\\", "c":\n\t[ 1 , "  " ] }';
    expect(compactJsonText(text)).toBe('{"a b":"x \\" y\\\\","c":[1,"  "]}');
    expect(JSON.parse(compactJsonText(text))).toEqual(JSON.parse(text));
  });
});

describe('serializeWorkspaceWithin', () => {
  const sample = loadSampleWorkspace();
  const savedAt = '2026-12-01T00:00:00.000Z';
  const pretty = serializeWorkspace(sample, savedAt);
  const compact = compactJsonText(pretty);
  const utf8 = (text: string) => new TextEncoder().encode(text).length;

  it('writes the usual indented file when it fits the limit', () => {
    expect(serializeWorkspaceWithin(sample, utf8(pretty), savedAt)).toEqual({
      text: pretty,
      bytes: utf8(pretty),
    });
  });

  it('writes the file without indentation when only that fits, and it opens the same', () => {
    expect(utf8(compact)).toBeLessThan(utf8(pretty) * 0.8);
    const written = serializeWorkspaceWithin(sample, utf8(pretty) - 1, savedAt);
    expect(written).toEqual({ text: compact, bytes: utf8(compact) });
    const reopened = parseWorkspaceFile(written.text);
    expect(reopened.ok && reopened.workspace).toEqual(sample);
  });

  it('reports the compact size when even that is over the limit', () => {
    expect(serializeWorkspaceWithin(sample, utf8(compact) - 1, savedAt).bytes).toBe(utf8(compact));
  });
});
