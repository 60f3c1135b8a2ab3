import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}
const dir = mkdtempSync(join(tmpdir(), 'mrct-cli-'));

describe('mrct validate', () => {
  it('accepts the sample workspace', async () => {
    const c = capture();
    expect(await main(['validate', 'data/sample-workspace.json'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/valid — "ORCHID-3/);
  });

  it('lists every problem with its JSON path and exits non-zero', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'mrct-planner/workspace',
        schemaVersion: 2,
        workspace: { id: 'x', study: { name: '' } },
      }),
    );
    const c = capture();
    expect(await main(['validate', file], c.io)).toBe(1);
    const text = c.err.join('\n');
    expect(text).toMatch(/workspace\.study\.name: Give the study a name/);
    expect(text).toMatch(/workspace\.sites: Required/);
  });

  it('prints JSON problems with --json', async () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{oops');
    const c = capture();
    expect(await main(['validate', file, '--json'], c.io)).toBe(1);
    const parsed = JSON.parse(c.out.join(''));
    expect(parsed.valid).toBe(false);
    expect(parsed.problems[0].message).toMatch(/Not valid JSON/);
  });

  it('explains a missing file and an unknown command', async () => {
    const c = capture();
    expect(await main(['validate', join(dir, 'nope.json')], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/cannot read .*ENOENT/);
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/Unknown command "frobnicate"/);
  });

  it('lists commands with --help', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toMatch(/validate/);
  });
});
