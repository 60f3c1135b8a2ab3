import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriSafeBounded } from '../../../../src/io/share/bounded-decompress';
import {
  createShareLink,
  MAX_SHARE_DECOMPRESSED_CHARS,
  MAX_SHARE_FRAGMENT_CHARS,
  openSharePayload,
} from '../../../../src/io/share/share-link';
import { loadSampleWorkspace } from '../../../../src/state/sample';
import { FUZZ_SEED } from '../../fuzz/fuzz-helpers';
import { lzBomb } from '../../../helpers/lz-bomb';

describe('share-link decoding caps (issue #14 defect 8)', () => {
  it('the bounded decoder gives exactly what lz-string gives for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          const packed = LZString.compressToEncodedURIComponent(text);
          expect(decompressUriSafeBounded(packed, 1e6)).toBe(
            LZString.decompressFromEncodedURIComponent(packed),
          );
        },
      ),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });

  it('the bomb is real: small, and lz-string expands it to its square', () => {
    const bomb = lzBomb(2000);
    expect(bomb.length).toBeLessThan(5000);
    expect(LZString.decompressFromEncodedURIComponent(bomb)).toBe('a'.repeat((2001 * 2002) / 2));
  });

  it('a link expanding past the cap is refused quickly, with a reason, before it is built', () => {
    const bomb = lzBomb(6000); // ≈ 18 million characters from ~13 KB
    expect(bomb.length).toBeLessThan(MAX_SHARE_FRAGMENT_CHARS);
    const started = performance.now();
    const result = openSharePayload(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details[0]).toMatch(/expands to more than 8 million characters/);
    expect(decompressUriSafeBounded(bomb, MAX_SHARE_DECOMPRESSED_CHARS)).toBe('too-large');
  });

  it('a fragment over twice the longest link we make is refused by its length', () => {
    const result = openSharePayload('A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details[0]).toMatch(/links over 64 KB are not opened/);
  });

  it('every link the app makes still opens', () => {
    const ws = loadSampleWorkspace();
    for (const scenario of ws.scenarios) {
      const link = createShareLink(ws, 'http://127.0.0.1/', { scenarioId: scenario.id });
      expect(link.ok).toBe(true);
      const payload = link.ok ? link.url.split('#share=')[1]! : '';
      expect(openSharePayload(payload).ok).toBe(true);
    }
  });
});
