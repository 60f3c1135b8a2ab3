import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

/** `npx mrct` is bin/mrct.js: the prebuilt bundle when fresh, else the sources through tsx. */
describe('bin/mrct.js', () => {
  it('prints what main() prints (whichever path it takes)', async () => {
    const out: string[] = [];
    await main(['regulatory', '--list'], { out: (t) => out.push(t), err: () => undefined });
    const viaBin = execFileSync(process.execPath, ['bin/mrct.js', 'regulatory', '--list'], {
      encoding: 'utf8',
    });
    expect(viaBin.trim()).toBe(out.join('\n').trim());
  });

  it('finds the package’s own files from the bundle too (mrct benchmarks read /public/… there)', async () => {
    const out: string[] = [];
    await main(['benchmarks', '--json'], { out: (t) => out.push(t), err: () => undefined });
    const viaBin = execFileSync(process.execPath, ['bin/mrct.js', 'benchmarks', '--json'], {
      encoding: 'utf8',
    });
    expect(viaBin.trim()).toBe(out.join('\n').trim());
    expect(viaBin.length).toBeGreaterThan(100);
  });

  it('has a prebuilt bundle after npm ci (the prepare script), so start-up compiles nothing', () => {
    // CI installs with npm ci, which runs `prepare`; a checkout without it falls back to tsx.
    if (!process.env.CI) return;
    expect(existsSync('dist-cli/main.mjs')).toBe(true);
    expect(statSync('dist-cli/forecast-thread-entry.mjs').size).toBeGreaterThan(1000);
    expect(statSync('dist-cli/evaluate-thread-entry.mjs').size).toBeGreaterThan(1000);
  });
});
