import { describe, expect, it } from 'vitest';
import { confidenceFor } from '../../../src/domain/reference/confidence-rule';
import type { Evidence } from '../../../src/domain/reference/provenance';
import {
  countsBlock,
  docsWithCounts,
  loadFiles,
  provenanceSites,
  readDocs,
} from '../../../scripts/reference-evidence';

describe('reference data: evidence, confidence rule and the counts in the docs', () => {
  const files = loadFiles();
  const sites = Object.entries(files).flatMap(([f, root]) => provenanceSites(f, root));

  it('gives every value an evidence kind and the confidence the rule gives it', () => {
    expect(sites.length).toBeGreaterThan(800);
    const broken = sites.filter((s) => {
      const evidence = s.prov.evidence as Evidence | undefined;
      if (evidence === undefined) return true;
      return (
        s.prov.confidence !== confidenceFor(evidence, typeof s.prov.n === 'number' ? s.prov.n : undefined)
      );
    });
    expect(broken.map((s) => `${s.path}: ${String(s.prov.evidence)} / ${String(s.prov.confidence)}`)).toEqual(
      [],
    );
  });

  it('keeps the counts block of docs/reference-data.md equal to the data (run the script with --write)', () => {
    const docs = readDocs();
    expect(docsWithCounts(docs, countsBlock(files))).toBe(docs);
  });

  it('fails when a count drifts: one more unsourced value changes the block', () => {
    const changed = structuredClone(files) as Record<string, unknown>;
    (changed.fx as { rates: Record<string, unknown> }).rates.XXX = {
      value: 1,
      unit: 'XXX per USD',
      source: 'none',
      asOf: '2025',
      confidence: 'low',
      unsourced: true,
      note: 'x',
      evidence: 'none',
    };
    expect(countsBlock(changed)).not.toBe(countsBlock(files));
  });

  it('the rule: official high; a study high only with n ≥ 100; single, derived, proxy and none low', () => {
    expect(confidenceFor('official')).toBe('high');
    expect(confidenceFor('study', 150)).toBe('high');
    expect(confidenceFor('study', 12)).toBe('medium');
    expect(confidenceFor('study')).toBe('medium');
    for (const e of ['single', 'derived', 'proxy', 'none'] as const) expect(confidenceFor(e)).toBe('low');
  });
});
