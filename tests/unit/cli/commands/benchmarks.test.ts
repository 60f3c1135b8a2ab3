import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/main';
import type { CliIo } from '../../../../src/cli/io';

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}
type Q = { p10: number; p50: number; p90: number };

describe('mrct benchmarks', () => {
  it('prints the contract JSON: dataset, countries with iso2/studies/sites/rate, areas', async () => {
    const { io, out } = capture();
    expect(await main(['benchmarks', '--area', 'oncology', '--phase', '3', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('')) as {
      dataset: { name: string; studies: number };
      countries: { iso2: string; studies: number; sites: number; rate: Q; fallback: boolean }[];
      areas: { id: string; rate: Q }[];
    };
    expect(json.dataset.name).toMatch(/ClinicalTrials\.gov/);
    const jp = json.countries.find((c) => c.iso2 === 'JP')!;
    expect(jp.studies).toBeGreaterThan(10);
    expect(jp.sites).toBeGreaterThan(jp.studies);
    expect(jp.rate.p10).toBeLessThan(jp.rate.p50);
    expect(jp.rate.p50).toBeLessThan(jp.rate.p90);
    expect(json.areas).toHaveLength(1);
    expect(json.areas[0]!.id).toBe('oncology');
    // Phase 2 rates are lower than phase 3 (fitted phase factor < 1) for the same country.
    const { io: io2, out: out2 } = capture();
    await main(['benchmarks', '--area', 'oncology', '--phase', '2', '--json'], io2);
    const jp2 = (JSON.parse(out2.join('')) as typeof json).countries.find((c) => c.iso2 === 'JP')!;
    expect(jp2.rate.p50).toBeLessThan(jp.rate.p50);
  });
  it('rejects an unknown area or phase with exit code 2', async () => {
    const a = capture();
    expect(await main(['benchmarks', '--area', 'astrology'], a.io)).toBe(2);
    expect(a.err.join('')).toMatch(/--area must be one of/);
    const p = capture();
    expect(await main(['benchmarks', '--phase', '4'], p.io)).toBe(2);
  });
});

describe('mrct backtest', () => {
  it('back-tests a .jsonl.gz file: contract keys, 10 PIT fractions, coverage in range', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrct-backtest-'));
    const file = join(dir, 'sample.jsonl.gz');
    writeFileSync(
      file,
      gzipSync(readFileSync(new URL('../../../fixtures/ctgov-sample.jsonl', import.meta.url))),
    );
    const { io, out } = capture();
    expect(await main(['backtest', file, '--json'], io)).toBe(0);
    const r = JSON.parse(out.join('')) as {
      eligible: number;
      coverage80: number;
      pit: number[];
      medianAbsLogRatio: number;
      byPhase: Record<string, { eligible: number }>;
    };
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['eligible', 'coverage80', 'pit', 'medianAbsLogRatio', 'byPhase']),
    );
    // 150 industry phase 2–3 studies with sites, of which one has no usable dates; 20 others excluded.
    expect(r.eligible).toBe(149);
    expect(r.pit).toHaveLength(10);
    expect(r.pit.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(r.coverage80).toBeGreaterThan(0.65);
    expect(r.coverage80).toBeLessThan(0.92);
    expect(r.medianAbsLogRatio).toBeGreaterThan(0);
    expect(Object.values(r.byPhase).reduce((t, s) => t + s.eligible, 0)).toBe(r.eligible);
  }, 300_000);
  it('names the file, line and field of a malformed study and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrct-backtest-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"nct":"NCT00000001"}\n{"nct":"NCT00000002","enrollment":"many"}\n');
    const { io, err } = capture();
    expect(await main(['backtest', file], io)).toBe(2);
    expect(err.join('')).toMatch(/bad\.jsonl: line 2, field enrollment/);
    const wrong = capture();
    expect(await main(['backtest', join(dir, 'x.csv')], wrong.io)).toBe(2);
  });
});
