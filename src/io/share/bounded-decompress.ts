/**
 * lz-string's `decompressFromEncodedURIComponent` with a limit on the output. LZ-style codes can
 * refer to ever longer dictionary entries, so a small input can expand without bound: a 75 KB
 * link fragment expanded to 535 million characters (1.2 GB, 5 s) in lz-string's own decoder
 * (issue #14). This is the same algorithm (lz-string 1.5, MIT, Pieroxy) rewritten to stop as soon
 * as the output would pass `maxChars`. Returns the text, null for damaged data, or 'too-large'.
 * Round trip with lz-string's compressor: tests/unit/io/share/bounded-decompress.test.ts.
 */
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_SAFE].map((ch, i) => [ch, i]));

export function decompressUriSafeBounded(input: string, maxChars: number): string | null | 'too-large' {
  const text = input.replace(/ /g, '+');
  const length = text.length;
  if (length === 0) return '';
  const valueAt = (i: number) => VALUE_OF.get(text.charAt(i)) ?? 0;
  const resetValue = 32;
  let val = valueAt(0);
  let position = resetValue;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1, k = 0; k < n; k++, power <<= 1) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        val = valueAt(index++);
      }
      if (resb > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = readBits(2);
  if (first === 2) return '';
  if (first !== 0 && first !== 1) return null;
  const c = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = c;
  let w = c;
  const result: string[] = [c];
  let produced = 1;
  for (;;) {
    if (index > length) return null; // ran out of input before the end marker: cut-off link
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return result.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return null;
    produced += entry.length;
    if (produced > maxChars) return 'too-large';
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
