import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One naming style for files: modules are kebab-case (`monte-carlo.ts`, `country-columns.tsx`),
 * React component files are PascalCase (`FanChart.tsx`); a test adds `.test` (or `.fuzz.test`)
 * to its subject's name. camelCase file names are not allowed.
 */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*\.(ts|tsx|mjs)$/;
const COMPONENT = /^[A-Z][A-Za-z0-9]*(\.test)?\.tsx$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('file names', () => {
  it.each(['src', 'tests', 'bench', 'scripts'])('%s follows the naming style', (root) => {
    const offenders = walk(root)
      .filter((p) => !p.includes(`${join('tests', 'lint', 'fixtures')}`))
      .filter((p) => {
        const name = p.split(/[\\/]/).pop() ?? '';
        return !(KEBAB.test(name) || COMPONENT.test(name));
      });
    expect(offenders).toEqual([]);
  });
});
