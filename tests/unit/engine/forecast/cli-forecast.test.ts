import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastCommand } from '../../../../src/cli/commands/forecast';
import type { CliIo } from '../../../../src/cli/io';

function capture(): CliIo & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t) };
}
const dir = mkdtempSync(join(tmpdir(), 'mrct-forecast-'));
function specFile(name: string, spec: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof spec === 'string' ? spec : JSON.stringify(spec));
  return path;
}
const pg1 = { target: 300, siteGroups: [{ count: 50, shape: 2, rate: 4, opensAt: 0 }], at: [12] };

describe('mrct forecast', () => {
  it('prints exactly the documented JSON shape (PG-1 numbers)', async () => {
    // Given the PG-1 spec, when run with --json
    const io = capture();
    const code = await forecastCommand.run([specFile('pg1.json', pg1), '--json'], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.outText.join(''));
    // Then it has only method, timeToTarget and at, with the closed-form values
    expect(Object.keys(out)).toEqual(['method', 'timeToTarget', 'at']);
    expect(Object.keys(out.timeToTarget)).toEqual(['mean', 'p10', 'p50', 'p90']);
    expect(Object.keys(out.at[0])).toEqual(['month', 'mean', 'variance', 'pReachTarget']);
    expect(out.method).toBe('exact');
    expect(out.timeToTarget.mean).toBeCloseTo(12.1212, 4);
    expect(out.at[0].pReachTarget).toBeCloseTo(0.492319, 6);
  });
  it('--threads splits Monte Carlo over worker threads with the same output as one thread', async () => {
    // Given 6,000 runs (three chunks), When run on one and on two threads
    const file = specFile('pg1-threads.json', pg1);
    const one = capture();
    const two = capture();
    await forecastCommand.run(
      [file, '--json', '--method', 'monte-carlo', '--runs', '6000', '--seed', '4', '--threads', '1'],
      one,
    );
    const code = await forecastCommand.run(
      [file, '--json', '--method', 'monte-carlo', '--runs', '6000', '--seed', '4', '--threads', '2'],
      two,
    );
    // Then both print the same numbers
    expect(code).toBe(0);
    expect(two.outText.join('')).toBe(one.outText.join(''));
    // And a bad thread count is named
    const bad = capture();
    expect(await forecastCommand.run([file, '--threads', '0'], bad)).toBe(2);
    expect(bad.errText.join('')).toMatch(/--threads must be a whole number between 1 and 64, got "0"/);
  }, 30_000);
  it('honours --method, --runs and --seed (same seed, same output)', async () => {
    const file = specFile('pg1b.json', pg1);
    const a = capture();
    const b = capture();
    await forecastCommand.run(
      [file, '--json', '--method', 'monte-carlo', '--runs', '2000', '--seed', '9'],
      a,
    );
    await forecastCommand.run(
      [file, '--json', '--method', 'monte-carlo', '--runs', '2000', '--seed', '9'],
      b,
    );
    expect(JSON.parse(a.outText[0]!).method).toBe('monte-carlo');
    expect(a.outText).toEqual(b.outText);
  });
  it('staggered openings {"uniform": [a, b]} use the approximation; a human table otherwise', async () => {
    const io = capture();
    const code = await forecastCommand.run(
      [
        specFile('stag.json', {
          ...pg1,
          siteGroups: [{ count: 50, shape: 2, rate: 4, opensAt: { uniform: [0, 6] } }],
        }),
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.outText[0]).toMatch(/moment-matched approximation/);
    expect(io.outText[0]).toMatch(/P\(count ≥ target\)/);
  });
  it('names the JSON path of every spec problem and exits 1', async () => {
    const io = capture();
    const bad = {
      target: 0,
      siteGroups: [
        { count: 5, shape: 2, rate: -1 },
        { count: 1.5, shape: 0, rate: 1, opensAt: { uniform: [4, 2] } },
      ],
      at: [-1],
    };
    const code = await forecastCommand.run([specFile('bad.json', bad)], io);
    expect(code).toBe(1);
    const text = io.errText.join('\n');
    expect(text).toMatch(/target: must be ≥ 1/);
    expect(text).toMatch(/siteGroups\[0\]\.rate: must be > 0/);
    expect(text).toMatch(/siteGroups\[1\]\.count: must be a whole number/);
    expect(text).toMatch(/siteGroups\[1\]\.shape: must be > 0/);
    expect(text).toMatch(/siteGroups\[1\]\.opensAt\.uniform: uniform \[a, b\] needs a ≤ b/);
    expect(text).toMatch(/at\[0\]: must be ≥ 0/);
  });
  it('rejects unknown keys, bad JSON, bad flags and inapplicable methods with clear messages', async () => {
    const cases: Array<[string[], RegExp, number]> = [
      [[specFile('extra.json', { ...pg1, tagret: 3 })], /tagret/, 1],
      [[specFile('broken.json', '{"target": ')], /not valid JSON/, 1],
      [[specFile('ok.json', pg1), '--method', 'fast'], /--method must be exact, approx or monte-carlo/, 2],
      [[specFile('ok2.json', pg1), '--runs=-5'], /--runs must be a whole number/, 2],
      [[join(dir, 'missing.json')], /cannot read/, 2],
      [
        [
          specFile('stag2.json', {
            ...pg1,
            siteGroups: [{ count: 5, shape: 2, rate: 4, opensAt: { uniform: [0, 3] } }],
          }),
          '--method',
          'exact',
        ],
        /exact method does not apply: sites must all open together/,
        2,
      ],
    ];
    for (const [args, message, exit] of cases) {
      const io = capture();
      expect(await forecastCommand.run(args, io)).toBe(exit);
      expect(io.errText.join('\n')).toMatch(message);
    }
  });
});
