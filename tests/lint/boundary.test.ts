import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules (eslint.config.js, drawn in README) are what keep the engine usable from the
 * CLI, the worker and the tests. Each forbidden direction is linted here and must be refused;
 * each allowed one must pass, so a rule that stopped firing (or fired too widely) fails a test.
 */
const eslint = new ESLint({ cwd: process.cwd() });
const ruleMessages = async (filePath: string, code: string, rule = 'no-restricted-imports') => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
};
const importing = (what: string) => `import { x } from '${what}';\nexport const y = x;\n`;

const forbidden: Record<string, string[]> = {
  domain: ['engine', 'io', 'state', 'ui', 'worker', 'cli'],
  engine: ['io', 'state', 'ui', 'worker', 'cli'],
  io: ['state', 'ui', 'worker', 'cli'],
  state: ['io', 'ui', 'worker', 'cli'],
  worker: ['state', 'ui', 'cli'],
  cli: ['state', 'ui', 'worker'],
};
const allowed: Record<string, string[]> = {
  domain: [],
  engine: ['domain'],
  io: ['domain', 'engine'],
  state: ['domain', 'engine'],
  worker: ['domain', 'engine', 'io'],
  cli: ['domain', 'engine', 'io'],
  ui: ['domain', 'engine', 'io', 'state', 'worker'],
};

describe('layer import rules', () => {
  const forbiddenCases = Object.entries(forbidden).flatMap(([from, targets]) =>
    targets.map((to) => [from, to] as const),
  );
  it.each(forbiddenCases)('%s may not import %s', async (from, to) => {
    expect(await ruleMessages(`src/${from}/some/file.ts`, importing(`../../${to}/thing`))).not.toHaveLength(
      0,
    );
  });

  const allowedCases = Object.entries(allowed).flatMap(([from, targets]) =>
    targets.map((to) => [from, to] as const),
  );
  it.each(allowedCases)('%s may import %s', async (from, to) => {
    expect(await ruleMessages(`src/${from}/some/file.ts`, importing(`../../${to}/thing`))).toHaveLength(0);
  });

  it.each([
    ['src/engine/forecast/bad.ts', 'react'],
    ['src/engine/bad.ts', 'zustand'],
    ['src/domain/bad.ts', 'recharts'],
    ['src/engine/bad.ts', '@tanstack/react-table'],
    ['src/engine/bad.ts', 'papaparse'],
    ['src/domain/bad.ts', 'jspdf'],
    ['src/cli/bad.ts', 'react'],
  ])('%s may not import the library %s', async (filePath, library) => {
    expect(await ruleMessages(filePath, importing(library))).not.toHaveLength(0);
  });

  it('lets the UI use React and io use papaparse', async () => {
    expect(await ruleMessages('src/ui/ok.tsx', importing('react'))).toHaveLength(0);
    expect(await ruleMessages('src/io/ok.ts', importing('papaparse'))).toHaveLength(0);
  });
});

describe('file length rule', () => {
  it('refuses a source file over 400 lines and accepts one of 400', async () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await ruleMessages('src/engine/long.ts', lines(401), 'max-lines')).not.toHaveLength(0);
    expect(await ruleMessages('src/engine/ok.ts', lines(400), 'max-lines')).toHaveLength(0);
  });
});
