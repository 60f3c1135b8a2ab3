import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_PARAMETERS,
  COUNTRY_PARAMETER_KEYS,
  validateOverride,
} from '../../../src/engine/evaluation/country-parameters';
import { FUZZ_SEED, expectReadable, nastyValue } from './fuzz-helpers';

const num = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 2000 }),
  fc.constantFrom(0, -0, 0.99, 1, 1500, 1500.0001, 1e9, 1e9 + 1, -1e-300, NaN, Infinity, -Infinity),
);
const candidate = fc.oneof(
  num,
  fc.record({ min: num, mode: num, max: num }),
  fc.record({ min: num, mode: fc.oneof(num, nastyValue), max: num }, { requiredKeys: ['min'] }),
  nastyValue,
  fc.anything({ maxDepth: 2 }),
  num.map(String),
);

describe('validateOverride (fast-check, fixed seed)', () => {
  it('any value is refused with a reason or accepted as finite, within bounds, min ≤ mode ≤ max (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRY_PARAMETER_KEYS), candidate, (key, value) => {
        let verdict: string | null = null as string | null;
        expect(() => (verdict = validateOverride(key, value))).not.toThrow();
        const { bounds, label } = COUNTRY_PARAMETERS[key];
        if (verdict !== null) {
          expectReadable(verdict);
          expect(verdict.startsWith(`${label}: `)).toBe(true);
          return;
        }
        const triple =
          typeof value === 'number'
            ? { min: value, mode: value, max: value }
            : (value as { min: unknown; mode: unknown; max: unknown });
        for (const v of [triple.min, triple.mode, triple.max]) {
          expect(
            typeof v === 'number' && Number.isFinite(v) && v >= bounds.min && v <= bounds.max,
            `${key} accepted ${String(v)}`,
          ).toBe(true);
        }
        expect(
          (triple.min as number) <= (triple.mode as number) &&
            (triple.mode as number) <= (triple.max as number),
        ).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });
});
