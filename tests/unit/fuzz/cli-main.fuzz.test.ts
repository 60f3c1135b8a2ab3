import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import sample from '../../../data/sample-workspace.json';
import { commands } from '../../../src/cli/commands/index';
import { main } from '../../../src/cli/main';
import { FORECAST_SPEC, OPTIMIZER_SPEC } from './spec-fixtures';
import { FUZZ_SEED, applyMutations, expectReadable, junkText, mutationArb } from './fuzz-helpers';

const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });
const dir = mkdtempSync(join(tmpdir(), 'mrct-fuzz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small valid workspace (cheap to evaluate): the sample's first scenario with 200 Monte Carlo runs. */
function tinyWorkspace(): unknown {
  const doc = structuredClone(sample) as unknown as {
    workspace: { scenarios: unknown[]; settings: { monteCarloRuns: number } };
  };
  doc.workspace.scenarios = doc.workspace.scenarios.slice(0, 1);
  doc.workspace.settings.monteCarloRuns = 200;
  return doc;
}

/** Temp files with random content: junk, valid inputs of each command, and mutations of them. */
function writePool(): string[] {
  let n = 0;
  const write = (content: string) => {
    const file = join(dir, `f${n++}.json`);
    writeFileSync(file, content);
    return file;
  };
  const mutated = (base: unknown, count: number, seed: number) =>
    fc
      .sample(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), { seed, numRuns: count })
      .map((m) => write(JSON.stringify(applyMutations(base, m))));
  const emptyDir = join(dir, 'a-directory');
  mkdirSync(emptyDir);
  return [
    ...fc.sample(junkText, { seed: FUZZ_SEED, numRuns: 12 }).map(write),
    write(''),
    write(JSON.stringify(FORECAST_SPEC)),
    write(JSON.stringify({ ...FORECAST_SPEC, countryCaps: undefined })),
    write(JSON.stringify(OPTIMIZER_SPEC)),
    write(JSON.stringify(tinyWorkspace())),
    ...mutated(FORECAST_SPEC, 25, FUZZ_SEED + 1),
    ...mutated(OPTIMIZER_SPEC, 25, FUZZ_SEED + 2),
    ...mutated(tinyWorkspace(), 25, FUZZ_SEED + 3),
    join(dir, 'does-not-exist.json'),
    emptyDir,
  ];
}
const FILES = writePool();

const FLAGS = [
  '--json',
  '--method',
  '--runs',
  '--seed',
  '--region',
  '--authority',
  '--pathway',
  '--submitted',
  '--list',
  '--winter-clock-stop',
  '--pi',
  '--power',
  '--cp',
  '--fraction',
  '--fractions',
  '--alpha',
  '--conditional',
  '--frontier',
  '--scenario',
  '--unknown',
  '-x',
  '--',
];
const VALUES = [
  'exact',
  'approx',
  'monte-carlo',
  '1',
  '2',
  '0',
  '-1',
  '0.5',
  '0.9',
  '1.5',
  '100',
  '1e3',
  'abc',
  '',
  'NaN',
  'Infinity',
  'Western Europe',
  'Asia-Pacific',
  'EMA',
  'US-FDA',
  'FDA',
  'PMDA',
  'eu-ctr',
  '2025-03-03',
  '2025-02-30',
  '0.2,0.3,0.5',
  '0.5,0.5',
  ',',
  'SCN-USEU',
  '=1+1',
  '<script>alert(1)</script>',
  '__proto__',
];
/** Argument tokens for one command: mostly its own options (read from its usage line), then values, files and noise. */
const tokensFor = (name: string) => {
  const own = [...new Set(commands[name]!.usage.match(/--[a-z][a-z-]*/g) ?? ['--json'])];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...FLAGS) },
    { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
    { weight: 2, arbitrary: fc.constantFrom(...FILES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
};

/** Internal errors that main() would catch and print: a crash, not a message for the user. */
const CRASH =
  /TypeError|ReferenceError|Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack|NaN|\[object Object\]/;

/** Output with the user's own arguments blanked out, so an echoed "NaN" argument is not taken for a computed NaN. */
function withoutArgs(text: string, argv: readonly string[]): string {
  return argv.filter((a) => a.length >= 2).reduce((t, a) => t.split(a).join('«arg»'), text);
}

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('mrct CLI with random arguments and files (fast-check, fixed seed)', { timeout: 120_000 }, () => {
  it.each(Object.keys(commands))(
    'mrct %s: never throws, returns 0/1/2 and prints a readable message (150 runs)',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(tokensFor(name), { maxLength: 6 }),
          fc.boolean(),
          async (args, fileFirst) => {
            const argv = [name, ...(fileFirst ? [FILES[args.length % FILES.length]!] : []), ...args];
            const { code, out, err } = await runCli(argv);
            expect([0, 1, 2], `exit code of ${JSON.stringify(argv)}`).toContain(code);
            expect(
              (out + err).trim().length,
              `something printed for ${JSON.stringify(argv)}`,
            ).toBeGreaterThan(0);
            if (err)
              expectReadable(
                err.length > 3900 ? err.slice(0, 3900) : err,
                `stderr of ${JSON.stringify(argv)}`,
              );
            expect(
              withoutArgs(`${out}\n${err}`, argv),
              `no internal error for ${JSON.stringify(argv)}`,
            ).not.toMatch(CRASH);
            // A success goes to stdout; a failure to stderr (with --json, a JSON report may go to stdout).
            if (code === 0) expect(out.trim().length).toBeGreaterThan(0);
            else if (!argv.includes('--json')) expect(err.trim().length).toBeGreaterThan(0);
          },
        ),
        run(150),
      );
    },
  );

  it('every file in the pool through its own command: a result or a named problem, never a crash', async () => {
    for (const name of ['forecast', 'optimize', 'validate', 'evaluate'].filter((c) => c in commands)) {
      for (const file of FILES) {
        const extra = name === 'optimize' ? ['--runs', '500'] : name === 'evaluate' ? ['--runs', '100'] : [];
        const { code, out, err } = await runCli([name, file, ...extra]);
        expect([0, 1, 2]).toContain(code);
        expect(`${out}\n${err}`, `${name} ${file}: ${err}`).not.toMatch(CRASH);
        if (code !== 0) expectReadable(err.slice(0, 3900), `${name} ${file}`);
      }
    }
  });

  it('regression: `mrct __proto__` / `mrct constructor` are unknown commands, not a crash (found by fuzzing)', async () => {
    // Given command names that exist on Object.prototype / When run / Then "Unknown command" and exit 2
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const { code, err } = await runCli([name, '--help']);
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^Unknown command "${name}"`));
    }
  });

  it('unknown commands and no command print help, not a crash', async () => {
    for (const argv of [[], ['nope'], ['__proto__'], ['constructor'], ['toString'], ['--help'], ['help']]) {
      const { code, out, err } = await runCli(argv);
      expect([0, 1, 2]).toContain(code);
      expect(out + err).toMatch(/Usage: mrct <command>/);
    }
  });
});
