const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A decompression bomb in lz-string's URI-safe format (shared by the unit caps test and the e2e), written directly (compressing millions of
 * characters takes minutes): one literal "a", then `codes` codes each naming the entry being
 * defined (the LZW "KwKwK" case), so entry k is k+1 characters and the output is ≈ codes²/2.
 */
export function lzBomb(codes: number): string {
  const bits: number[] = [];
  const push = (value: number, n: number) => {
    for (let k = 0; k < n; k++) bits.push((value >> k) & 1);
  };
  push(0, 2);
  push(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    push(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  push(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6)
    out += URI_SAFE[bits.slice(i, i + 6).reduce((v, b, j) => v | (b << (5 - j)), 0)];
  return `${out}A`;
}
