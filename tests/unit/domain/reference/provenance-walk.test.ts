import { describe, expect, it } from 'vitest';
import authorities from '../../../../data/reference/authorities.json';
import costBenchmarks from '../../../../data/reference/cost-benchmarks.json';
import countries from '../../../../data/reference/countries.json';
import fx from '../../../../data/reference/fx.json';
import meta from '../../../../data/reference/meta.json';
import pathways from '../../../../data/reference/pathways.json';
import therapeuticAreas from '../../../../data/reference/therapeutic-areas.json';
import { findProvenanceViolations } from '../../../../src/domain/reference/provenance-walk';

const files = { authorities, costBenchmarks, countries, fx, meta, pathways, therapeuticAreas };

describe('provenance walker over the shipped data', () => {
  it.each(Object.entries(files))('finds no number without provenance in %s', (name, json) => {
    // Given a shipped data file / When it is walked
    const violations = findProvenanceViolations(json, name);
    // Then every number sits in a provenance-carrying object
    expect(violations).toEqual([]);
  });

  it('actually visits numbers: the data holds hundreds of them', () => {
    let count = 0;
    const countNumbers = (x: unknown): void => {
      if (typeof x === 'number') count++;
      else if (x && typeof x === 'object') Object.values(x).forEach(countNumbers);
    };
    countNumbers(files);
    expect(count).toBeGreaterThan(1500);
  });
});

describe('provenance walker catches violations', () => {
  it('flags a bare number', () => {
    // Given a record with a number and no provenance
    const bad = { costs: { siteStartupFee: 20000 } };
    // Then the walker names its path
    expect(findProvenanceViolations(bad)).toEqual([
      { path: '$.costs.siteStartupFee', problem: 'number without provenance' },
    ]);
  });

  it('flags a number nested below a sourced record rather than directly in it', () => {
    const bad = { source: 'x', asOf: '2025', confidence: 'high', value: 1, unit: 'd', extra: { n: 3 } };
    expect(findProvenanceViolations(bad).map((v) => v.path)).toEqual(['$.extra.n']);
  });

  it('flags a value or range that lacks asOf or confidence', () => {
    const bad = {
      a: { value: 30, unit: 'days', source: '21 CFR 312.40(b)', confidence: 'high' },
      b: { min: 1, mode: 2, max: 3, source: 's', asOf: '2025' },
    };
    const problems = findProvenanceViolations(bad).map((v) => `${v.path}: ${v.problem}`);
    expect(problems).toContain('$.a: provenance lacks asOf');
    expect(problems).toContain('$.b: provenance lacks confidence');
  });

  it('flags an incomplete provenance child and the numbers it was meant to cover', () => {
    const bad = { steps: [{ id: 's', days: 10, provenance: { source: 'x', asOf: '2025' } }] };
    const problems = findProvenanceViolations(bad).map((v) => `${v.path}: ${v.problem}`);
    expect(problems).toEqual([
      '$.steps[0].days: number without provenance',
      '$.steps[0].provenance: provenance lacks confidence',
    ]);
  });

  it('accepts a step whose days are covered by its provenance child', () => {
    const ok = {
      id: 's',
      days: 10,
      rfiMaxDays: 5,
      provenance: { source: 'x', asOf: '2025-01', confidence: 'low' },
    };
    expect(findProvenanceViolations(ok)).toEqual([]);
  });
});
