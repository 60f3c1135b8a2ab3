import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consistencyCommand } from '../../../../../src/cli/commands/consistency';
import { optimizeCommand } from '../../../../../src/cli/commands/optimize';
import type { CliIo } from '../../../../../src/cli/io';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), 'mrct-opt-'));
function specFile(spec: unknown): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}
const issueExample = {
  target: 60,
  windowMonths: 24,
  successProbability: 0.85,
  countries: [
    {
      id: 'A',
      rateMean: 1.0,
      rateVariance: 0.2,
      minSites: 0,
      maxSites: 8,
      siteStartupCost: 15000,
      siteMonthlyCost: 3000,
      perPatientCost: 1000,
      dropoutRate: 0.01,
      opensAt: { uniform: [0, 6] },
    },
    {
      id: 'B',
      rateMean: 0.5,
      rateVariance: 0.1,
      minSites: 0,
      maxSites: 8,
      siteStartupCost: 9000,
      siteMonthlyCost: 2000,
      perPatientCost: 900,
      dropoutRate: 0.02,
      opensAt: 3,
    },
  ],
};

describe('mrct consistency', () => {
  it('method 1 minimum fraction as JSON (RC-1)', async () => {
    const io = capture();
    expect(
      await consistencyCommand.run(
        ['--method', '1', '--pi', '0.5', '--power', '0.9', '--cp', '0.8', '--json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout[0]!).minFraction).toBeCloseTo(0.2243, 4);
  });
  it('method 1 probability for a fraction, conditional', async () => {
    const io = capture();
    await consistencyCommand.run(
      ['--method', '1', '--pi', '0.5', '--power', '0.9', '--fraction', '0.2243', '--conditional', '--json'],
      io,
    );
    expect(JSON.parse(io.stdout[0]!).probability).toBeCloseTo(0.8161732, 6);
  });
  it('method 2 probability (RC-4, two equal regions)', async () => {
    const io = capture();
    await consistencyCommand.run(['--method', '2', '--fractions', '0.5,0.5', '--power', '0.8', '--json'], io);
    expect(JSON.parse(io.stdout[0]!).probability).toBeCloseTo(0.953, 4);
  });
  it.each([
    [['--method', '1', '--pi', '0.5', '--power', '0.9'], /--cp is required/],
    [['--method', '2', '--fractions', '0.2,0.3', '--power', '0.8'], /must sum to 1/],
    [['--method', '1', '--pi', 'abc', '--power', '0.9', '--cp', '0.8'], /--pi must be a number/],
    [['--method', '9', '--power', '0.8'], /--method must be 1 or 2/],
    [['--nope'], /Unknown option/],
  ])('bad arguments %j exit 2 with a clear message', async (args, message) => {
    const io = capture();
    expect(await consistencyCommand.run(args, io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(message);
  });
});

describe('mrct optimize', () => {
  it('prints sites, expected cost and both P(success) values as JSON', async () => {
    const io = capture();
    expect(await optimizeCommand.run([specFile(issueExample), '--json', '--seed', '7'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join(''));
    expect(Object.keys(out.sites)).toEqual(['A', 'B']);
    expect(out.pSuccess).toBeGreaterThanOrEqual(0.85);
    expect(out.expectedCost).toBeGreaterThan(0);
    expect(Math.abs(out.pSuccessMonteCarlo - out.pSuccess)).toBeLessThan(0.03);
  });
  it('adds the frontier with --frontier', async () => {
    const io = capture();
    await optimizeCommand.run([specFile(issueExample), '--json', '--frontier'], io);
    expect(JSON.parse(io.stdout.join('')).frontier.costVsP50.length).toBeGreaterThan(1);
  });
  it('exits 1 and names the binding constraint when infeasible', async () => {
    const io = capture();
    expect(await optimizeCommand.run([specFile({ ...issueExample, target: 5000 })], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/with every country at maxSites, P\(success\) = 0\.000 < 0\.850/);
  });
  it('names the JSON path of a validation error and exits 2', async () => {
    const io = capture();
    const bad = { ...issueExample, countries: [{ ...issueExample.countries[0], maxSites: -1 }] };
    expect(await optimizeCommand.run([specFile(bad)], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/\$\.countries\[0\]\.maxSites:/);
  });
  it('reports a missing file and a bad seed clearly', async () => {
    const io = capture();
    expect(await optimizeCommand.run([join(dir, 'missing.json')], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/cannot read .*missing\.json: ENOENT/);
    expect(await optimizeCommand.run([specFile(issueExample), '--seed', 'x'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--seed must be a whole number from 0 to 2,147,483,647, got "x"/);
  });
});
