import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { terminalSafe, truncateGraphemes } from '../../../src/cli/terminal-text';
import { neutraliseCell } from '../../../src/io/export';

/** Issue #14 defects 7 and 10: what the CLI accepts and what it prints. */
const dir = mkdtempSync(join(tmpdir(), 'mrct-hygiene-'));
const sampleText = readFileSync(new URL('../../../data/sample-workspace.json', import.meta.url), 'utf8');
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const forecastSpec = file(
  'spec.json',
  JSON.stringify({ target: 30, siteGroups: [{ count: 5, shape: 2, rate: 4, opensAt: 0 }], at: [12] }),
);
const optimizeSpec = file(
  'opt.json',
  JSON.stringify({
    target: 50,
    windowMonths: 24,
    countries: [
      {
        id: 'US',
        rateMean: 0.5,
        rateVariance: 0.1,
        maxSites: 20,
        siteStartupCost: 50_000,
        siteMonthlyCost: 2_000,
        perPatientCost: 10_000,
      },
    ],
  }),
);

describe('CLI output never carries terminal escape sequences from a file', () => {
  it(
    'strips ANSI colour, OSC title/hyperlink and bidi overrides from names in evaluate',
    { timeout: 120_000 },
    async () => {
      const doc = JSON.parse(sampleText);
      doc.workspace.study.name = 'Study \u001b]0;pwned\u0007\u001b[31mRED\u001b[0m \u202eevil';
      doc.workspace.scenarios[0].name =
        'Plan \u001b]8;;http://x.example\u001b\\link\u001b]8;;\u001b\\ \u009b31m';
      const path = file('escapes.mrct.json', JSON.stringify(doc));
      const r = await run('evaluate', path, '--runs', '200', '--scenario', doc.workspace.scenarios[0].id);
      expect(r.code).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(r.out).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
      expect(r.out).toContain('Study RED');
      expect(r.out).toContain('Plan link');
    },
  );

  it('terminalSafe keeps newlines, tabs and ordinary text, including emoji', () => {
    expect(terminalSafe('a\tb\nc 👩‍⚕️ 日本')).toBe('a\tb\nc 👩‍⚕️ 日本');
    expect(terminalSafe('x\u0000y\u0008z')).toBe('x\uFFFDy\uFFFDz');
  });
});

describe('CLI input', () => {
  it('accepts a BOM-prefixed workspace file, as the app does', async () => {
    const r = await run('validate', file('bom.mrct.json', `\uFEFF${sampleText}`));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid/);
  });

  it('accepts BOM-prefixed forecast and optimize specs', async () => {
    expect(
      (await run('forecast', file('bom-spec.json', `\uFEFF${readFileSync(forecastSpec, 'utf8')}`))).code,
    ).toBe(0);
    expect(
      (
        await run(
          'optimize',
          file('bom-opt.json', `\uFEFF${readFileSync(optimizeSpec, 'utf8')}`),
          '--runs',
          '200',
        )
      ).code,
    ).toBe(0);
  });

  it('refuses --seed abc in forecast as evaluate and optimize do, with the same message', async () => {
    for (const command of [
      ['forecast', forecastSpec],
      ['optimize', optimizeSpec],
      ['evaluate', file('s.mrct.json', sampleText)],
    ]) {
      const r = await run(...command, '--seed', 'abc');
      expect(r.code, command[0]).toBe(2);
      expect(r.err).toMatch(/--seed must be a whole number from 0 to 2,147,483,647, got "abc"/);
    }
  });

  it('bounds optimize --runs (1e9 ran for over an hour)', async () => {
    const r = await run('optimize', optimizeSpec, '--runs', '1000000000');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--runs must be a whole number from 100 to 200,000, got "1000000000"/);
  });

  it('a budget of $1 is reported as infeasible with the reason, not a "proven" empty mix with Infinity', async () => {
    const spec = JSON.parse(readFileSync(optimizeSpec, 'utf8'));
    const r = await run(
      'optimize',
      file('budget.json', JSON.stringify({ ...spec, budget: 1 })),
      '--json',
      '--runs',
      '200',
    );
    expect(r.code).toBe(1);
    const result = JSON.parse(r.out);
    expect(result.feasible).toBe(false);
    expect(result.binding[0].message).toMatch(/USD 1 does not open a single site/);
    expect(r.out).not.toMatch(/Infinity/);
  });

  it('refuses an optimizer window of 1e308 months with the path', async () => {
    const spec = JSON.parse(readFileSync(optimizeSpec, 'utf8'));
    const r = await run('optimize', file('window.json', JSON.stringify({ ...spec, windowMonths: 1e308 })));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\$\.windowMonths: .*1200 months/);
  });

  it('does not echo a 1 MB argument back whole', async () => {
    const huge = 'x'.repeat(1_000_000);
    for (const argv of [[huge], ['evaluate', file('s2.mrct.json', sampleText), '--scenario', huge]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err.length).toBeLessThan(2000);
    }
  });
});

describe('grapheme-safe truncation and export neutralising', () => {
  it('never splits an emoji or a flag', () => {
    const name = `${'a'.repeat(38)}👩‍⚕️🇯🇵 trial`;
    const cut = truncateGraphemes(name, 40);
    expect(cut).toBe(`${'a'.repeat(38)}👩‍⚕️…`);
    expect(cut).not.toMatch(/\uFFFD/);
    expect(truncateGraphemes('short', 40)).toBe('short');
  });

  it('neutralises a leading full-width ＝ ＋ － ＠ like their ASCII forms', () => {
    for (const c of ['＝', '＋', '－', '＠'])
      expect(neutraliseCell(`${c}HYPERLINK("http://x")`)).toBe(`'${c}HYPERLINK("http://x")`);
    expect(neutraliseCell('日本')).toBe('日本');
  });
});
