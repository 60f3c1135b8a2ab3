export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes CSV bytes as UTF-8 (a UTF-8 byte-order mark is dropped). UTF-16 files (with a BOM,
 * or with the tell-tale NUL bytes of UTF-16 text without one) and bytes that are not valid UTF-8
 * (typically Windows-1252 / Latin-1 exports from older Excel) are refused with a reason, rather
 * than imported as mojibake.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const which = bytes[0] === 0xff ? 'UTF-16 LE' : 'UTF-16 BE';
    return {
      ok: false,
      reason: `File is ${which} encoded (byte-order mark found). Save it as "CSV UTF-8" and import again.`,
    };
  }
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (sample.length > 0 && nul / sample.length > 0.2) {
    return {
      ok: false,
      reason: 'File looks UTF-16 encoded (many NUL bytes). Save it as "CSV UTF-8" and import again.',
    };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    return {
      ok: false,
      reason: `File is not valid UTF-8 (first bad byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} at byte ${at}); it may be Windows-1252 or Latin-1. Save it as "CSV UTF-8" and import again.`,
    };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}
