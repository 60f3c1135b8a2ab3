import { mkdtempSync, writeFileSync } from 'node:fs';
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

const dir = mkdtempSync(join(tmpdir(), 'mrct-events-'));
function specFile(name: string, spec: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof spec === 'string' ? spec : JSON.stringify(spec));
  return path;
}

const contractSpec = {
  accrual: { n: 600, uniformMonths: 24 },
  events: { required: 400, controlMedianMonths: 12, hazardRatio: 0.75, allocation: 0.5, dropoutHazard: 0.0 },
  at: [12, 24, 36],
};

interface EventsJson {
  timeToEvents: { mean: number | null; p10: number | null; p50: number | null; p90: number | null };
  at: { month: number; expectedEvents: number }[];
}

describe('mrct events', () => {
  it('prints the contract JSON for uniform accrual: closed-form expected events and the time to D', async () => {
    const { io, out } = capture();
    expect(
      await main(
        ['events', specFile('contract.json', contractSpec), '--json', '--runs', '2000', '--seed', '3'],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(out.join('')) as EventsJson;
    expect(Object.keys(json)).toEqual(['timeToEvents', 'at']);
    expect(Object.keys(json.timeToEvents)).toEqual(['mean', 'p10', 'p50', 'p90']);
    // At month 12 (all entries before 12 are on [0, 12]): E = (n/A)·Σ_arms w·(t − (1 − e^{−λt})/λ), λ_c = ln2/12, λ_e = 0.75·λ_c.
    const lc = Math.LN2 / 12;
    const part = (l: number) => 12 - (1 - Math.exp(-l * 12)) / l;
    expect(json.at[0]!.expectedEvents).toBeCloseTo(25 * (0.5 * part(lc) + 0.5 * part(0.75 * lc)), 6);
    expect(json.at.map((a) => a.month)).toEqual([12, 24, 36]);
    // The expected-events curve crosses 400 between 24 and 36 months; the simulated P50 is near the crossing.
    const t = json.timeToEvents;
    expect(t.p10! < t.p50! && t.p50! < t.p90!).toBe(true);
    expect(t.p50!).toBeGreaterThan(33);
    expect(t.p50!).toBeLessThan(37);
  });

  it('is reproducible for a seed and accepts site groups as in mrct forecast', async () => {
    const spec = {
      ...contractSpec,
      events: { ...contractSpec.events, required: 200 },
      accrual: { target: 300, siteGroups: [{ count: 30, shape: 2, rate: 2, opensAt: { uniform: [0, 4] } }] },
      at: [6, 60],
    };
    const a = capture();
    const b = capture();
    const file = specFile('sites.json', spec);
    expect(await main(['events', file, '--json', '--runs', '500', '--seed', '9'], a.io)).toBe(0);
    expect(await main(['events', file, '--json', '--runs', '500', '--seed', '9'], b.io)).toBe(0);
    expect(a.out).toEqual(b.out);
    const json = JSON.parse(a.out.join('')) as EventsJson;
    expect(json.at[0]!.expectedEvents).toBeGreaterThan(0);
    // By month 60 nearly everyone has had their event (median survival ≤ 16 months).
    expect(json.at[1]!.expectedEvents).toBeGreaterThan(250);
    expect(json.at[1]!.expectedEvents).toBeLessThanOrEqual(300);
  });

  it('refuses impossible specs with clear messages', async () => {
    const cases: [unknown, RegExp][] = [
      [
        { ...contractSpec, events: { ...contractSpec.events, required: 601 } },
        /events\.required: 601 events required but only 600 patients/,
      ],
      [
        { ...contractSpec, events: { ...contractSpec.events, controlMedianMonths: 0 } },
        /controlMedianMonths: must be > 0/,
      ],
      [
        { ...contractSpec, events: { required: 10, controlHazard: -1, hazardRatio: 0.7 } },
        /controlHazard: must be > 0/,
      ],
      [{ ...contractSpec, events: { ...contractSpec.events, hazardRatio: 0 } }, /hazardRatio: must be > 0/],
      [
        { ...contractSpec, events: { ...contractSpec.events, allocation: 1.5 } },
        /allocation: must be in \[0, 1\]/,
      ],
      [
        { ...contractSpec, events: { ...contractSpec.events, dropoutHazard: -0.1 } },
        /dropoutHazard: must be ≥ 0/,
      ],
      [{ ...contractSpec, accrual: { n: 0, uniformMonths: 24 } }, /accrual\.n: must be ≥ 1/],
      [
        { ...contractSpec, accrual: { target: 10, siteGroups: [{ count: 1, shape: 1, rate: 0 }] } },
        /accrual\.siteGroups\[0\]\.rate/,
      ],
      [{ ...contractSpec, events: { required: 5, hazardRatio: 0.7 } }, /exactly one of controlMedianMonths/],
    ];
    for (const [spec, message] of cases) {
      const { io, err } = capture();
      expect(await main(['events', specFile('bad.json', spec)], io)).toBe(1);
      expect(err.join('\n')).toMatch(message);
    }
    const { io, err } = capture();
    expect(await main(['events', specFile('broken.json', '{nope')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/not valid JSON/);
    const bad = capture();
    expect(await main(['events', specFile('c.json', contractSpec), '--runs', '0'], bad.io)).toBe(2);
    // The same seed rule as every other command (args.ts): "abc" used to be taken as a string seed.
    const seed = capture();
    expect(await main(['events', specFile('c.json', contractSpec), '--seed', 'abc'], seed.io)).toBe(2);
    expect(seed.err.join('\n')).toMatch(/--seed must be a whole number/);
  });

  it('prints a table without --json, with "never" when dropout makes D unreachable', async () => {
    const { io, out } = capture();
    const spec = {
      accrual: { n: 50, uniformMonths: 6 },
      events: { required: 50, controlMedianMonths: 12, hazardRatio: 1, dropoutHazard: 0.5 },
    };
    expect(await main(['events', specFile('never.json', spec), '--runs', '200'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/never/);
    const j = capture();
    await main(['events', specFile('never.json', spec), '--runs', '200', '--json'], j.io);
    expect((JSON.parse(j.out.join('')) as EventsJson).timeToEvents.p50).toBeNull();
  });
});
