import { describe, expect, it } from 'vitest';
import {
  discreteQuantileInPlace,
  discreteQuantileSorted,
  quantileSorted,
  quantilesInPlace,
} from '../../../../src/engine/stats';
import { Sfc32 } from '../../../../src/engine/random/index';

/** Samples with ties, a run of Infinity and sorted / reverse-sorted orders: selection's hard cases. */
function samples(): Float64Array[] {
  const rng = new Sfc32(7);
  const out: Float64Array[] = [new Float64Array(0), Float64Array.of(3), Float64Array.of(2, 1)];
  for (const n of [5, 10, 11, 100, 1000, 10_000]) {
    out.push(Float64Array.from({ length: n }, () => rng.nextFloat() * 100));
    out.push(Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 7)));
    out.push(Float64Array.from({ length: n }, (_, i) => i));
    out.push(Float64Array.from({ length: n }, (_, i) => n - i));
    out.push(Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Infinity : rng.nextFloat())));
  }
  return out;
}

const QS = [0, 0.1, 0.25, 0.5, 0.9, 0.99, 1];

describe('quantiles by selection', () => {
  it('give exactly what sorting gives (type 7 and the discrete type 1)', () => {
    for (const s of samples()) {
      const sorted = s.slice().sort();
      expect(quantilesInPlace(s.slice(), QS)).toEqual(QS.map((q) => quantileSorted(sorted, q)));
      for (const q of QS)
        expect(discreteQuantileInPlace(s.slice(), q)).toBe(discreteQuantileSorted(sorted, q));
    }
  });

  it('keeps the sample (only its order changes)', () => {
    const s = Float64Array.of(5, 1, 4, 1, 3, 9, 2, 6);
    const copy = s.slice();
    quantilesInPlace(s, [0.1, 0.5, 0.9]);
    expect(Array.from(s).sort()).toEqual(Array.from(copy).sort());
  });
});
