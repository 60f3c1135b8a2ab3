import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_PARAMETERS } from '../../../../src/engine/evaluation/country-parameters';
import {
  COUNTRY_PARAMETER_INFO,
  COUNTRY_PARAMETER_KEYS,
} from '../../../../src/engine/evaluation/parameter-definitions';

describe('parameter definitions (names and bounds without the regulatory clock)', () => {
  it('imports nothing that loads the holiday calendars', () => {
    // The Scenarios screen and store actions import this module; the clock would pull in ~1.4 MB of calendars.
    const source = readFileSync('src/domain/workspace/override-rules.ts', 'utf8');
    const imports = [...source.matchAll(/^import\s+(?!type\b).*from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(
      imports.filter((path) => /regulatory|calendar|country-parameters|date-holidays/.test(path!)),
    ).toEqual([]);
  });

  it('the resolver covers exactly the defined parameters with the same labels and bounds', () => {
    expect(Object.keys(COUNTRY_PARAMETERS).sort()).toEqual([...COUNTRY_PARAMETER_KEYS].sort());
    for (const key of COUNTRY_PARAMETER_KEYS) {
      expect(COUNTRY_PARAMETERS[key].label).toBe(COUNTRY_PARAMETER_INFO[key].label);
      expect(COUNTRY_PARAMETERS[key].bounds).toEqual(COUNTRY_PARAMETER_INFO[key].bounds);
      expect(typeof COUNTRY_PARAMETERS[key].reference).toBe('function');
    }
  });
});
