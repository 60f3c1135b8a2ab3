/**
 * Seeded pseudo-random generator: Chris Doty-Humphrey's SFC32 ("small fast chaotic", PractRand).
 *
 * Why SFC32: it passes PractRand to ≥ 1 TB and TestU01 BigCrush, its state is four 32-bit words
 * that V8 keeps in registers, and one step is only adds, xors, shifts and a rotate — no 64-bit
 * arithmetic (which JavaScript lacks; xoshiro256** would need BigInt) and no Math.imul (which
 * xoshiro128** needs). A built-in counter guarantees a period of at least 2^32 from any seed
 * (expected ~2^127). It is not cryptographic, which forecasting does not need.
 */
export class Sfc32 {
  /**
   * State a, b, c, d in an Int32Array: V8 keeps typed-array elements unboxed, whereas 32-bit
   * values in object fields or closure variables overflow its 31-bit small integers and get
   * boxed as heap numbers on every write — a measured 10× slowdown.
   *
   * Public so a hot loop can copy a, b, c, d into local variables (which V8 keeps as untagged
   * int32 in registers), step the generator inline with exactly {@link nextU32}'s arithmetic,
   * and write the words back before any other code draws from this generator.
   */
  readonly state = new Int32Array(4);

  /** @param seed any finite number or string; equal seeds give identical streams. */
  constructor(seed: number | string = 1) {
    // SplitMix32-style hashing of the seed spreads nearby seeds (1, 2, 3…) far apart.
    let h = hashSeed(seed);
    const next = (): number => {
      h = (h + 0x9e3779b9) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.state[0] = next();
    this.state[1] = next();
    this.state[2] = next();
    this.state[3] = 1;
    for (let i = 0; i < 15; i++) this.nextU32(); // discard warm-up outputs, as the author advises
  }

  /** Next unsigned 32-bit integer. */
  nextU32(): number {
    const st = this.state;
    const a = st[0]!;
    const b = st[1]!;
    const c = st[2]!;
    const d = st[3]!;
    const t = (((a + b) | 0) + d) | 0;
    st[3] = (d + 1) | 0;
    st[0] = b ^ (b >>> 9);
    st[1] = (c + (c << 3)) | 0;
    st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Next signed 32-bit integer (the ziggurat uses sign and magnitude together). */
  nextI32(): number {
    return this.nextU32() | 0;
  }

  /** Uniform on the open interval (0, 1): (k + ½)/2³², never 0 so log(u) is always finite. */
  nextFloat(): number {
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }
}

function hashSeed(seed: number | string): number {
  const text = typeof seed === 'number' ? seed.toString() : seed;
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
