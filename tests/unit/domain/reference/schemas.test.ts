import { describe, expect, it } from 'vitest';
import authorities from '../../../../data/reference/authorities.json';
import countries from '../../../../data/reference/countries.json';
import fx from '../../../../data/reference/fx.json';
import meta from '../../../../data/reference/meta.json';
import pathways from '../../../../data/reference/pathways.json';
import therapeuticAreas from '../../../../data/reference/therapeutic-areas.json';
import { authoritySchema } from '../../../../src/domain/reference/authority';
import { countrySchema } from '../../../../src/domain/reference/country';
import { fxFileSchema, metaSchema } from '../../../../src/domain/reference/fx';
import { pathwaySchema } from '../../../../src/domain/reference/pathway';
import { sourcedRange, sourcedValue } from '../../../../src/domain/reference/provenance';
import { therapeuticAreasFileSchema } from '../../../../src/domain/reference/therapeutic-area';

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('every data file validates against its schema', () => {
  it.each(authorities.map((a) => [a.id, a] as const))('authority %s', (_id, a) => {
    expect(issues(authoritySchema.safeParse(a))).toEqual([]);
  });
  it.each(pathways.map((p) => [p.id, p] as const))('pathway %s', (_id, p) => {
    expect(issues(pathwaySchema.safeParse(p))).toEqual([]);
  });
  it.each(countries.map((c) => [c.iso2, c] as const))('country %s', (_iso, c) => {
    expect(issues(countrySchema.safeParse(c))).toEqual([]);
  });
  it('therapeutic areas, fx and meta', () => {
    expect(issues(therapeuticAreasFileSchema.safeParse(therapeuticAreas))).toEqual([]);
    expect(issues(fxFileSchema.safeParse(fx))).toEqual([]);
    expect(issues(metaSchema.safeParse(meta))).toEqual([]);
  });
});

describe('provenance schemas refuse bad records', () => {
  const base = { unit: 'days', source: '21 CFR 312.40(b)', asOf: '2025-01', confidence: 'high' };

  it('accepts the documented point-value shape', () => {
    expect(sourcedValue('days').safeParse({ value: 30, ...base }).success).toBe(true);
  });

  it('refuses a range with min > mode or mode > max', () => {
    // Given ranges out of order / Then each is refused with the reason
    expect(issues(sourcedRange('days').safeParse({ min: 90, mode: 60, max: 180, ...base }))[0]).toMatch(
      /min ≤ mode ≤ max/,
    );
    expect(sourcedRange('days').safeParse({ min: 60, mode: 190, max: 180, ...base }).success).toBe(false);
  });

  it('refuses an unsourced record unless source is "none", confidence low and a note is given', () => {
    const uns = { value: 1, unit: 'days', asOf: '2025', unsourced: true };
    expect(
      sourcedValue().safeParse({ ...uns, source: 'none', confidence: 'low', note: 'Illustrative' }).success,
    ).toBe(true);
    expect(
      issues(sourcedValue().safeParse({ ...uns, source: 'Some paper', confidence: 'low', note: 'x' })),
    ).toEqual(['source: an unsourced record must have source "none"']);
    expect(
      sourcedValue().safeParse({ ...uns, source: 'none', confidence: 'medium', note: 'x' }).success,
    ).toBe(false);
    expect(sourcedValue().safeParse({ ...uns, source: 'none', confidence: 'low' }).success).toBe(false);
  });

  it('refuses source "none" without the unsourced flag', () => {
    expect(
      sourcedValue().safeParse({
        value: 1,
        unit: 'd',
        source: 'none',
        asOf: '2025',
        confidence: 'low',
        note: 'x',
      }).success,
    ).toBe(false);
  });

  it('refuses missing provenance fields, bad asOf, bad confidence and a wrong unit', () => {
    expect(
      sourcedValue('days').safeParse({ value: 30, unit: 'days', asOf: '2025', confidence: 'high' }).success,
    ).toBe(false);
    expect(sourcedValue('days').safeParse({ value: 30, ...base, asOf: '01/2025' }).success).toBe(false);
    expect(sourcedValue('days').safeParse({ value: 30, ...base, asOf: '2025-13' }).success).toBe(false);
    expect(sourcedValue('days').safeParse({ value: 30, ...base, confidence: 'certain' }).success).toBe(false);
    expect(sourcedValue('days').safeParse({ value: 30, ...base, unit: 'weeks' }).success).toBe(false);
    expect(sourcedValue().safeParse({ ...base, value: '30' }).success).toBe(false);
  });

  it('refuses a step that waits for an unknown or later step', () => {
    const p = structuredClone(pathways.find((x) => x.id === 'fda-ind')!) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
    };
    p.steps[0] = { ...p.steps[0], after: ['nope'] };
    expect(issues(pathwaySchema.safeParse(p)).join()).toMatch(/waits for "nope", which is not a step/);
  });
});
