import { existsSync } from 'node:fs';

/**
 * A file of this package by its path from the package root. The CLI runs from the sources
 * (src/cli/…, through tsx) or from the bundle (dist-cli/main.mjs), at different depths, so a path
 * relative to the module is wrong in one of them (`mrct benchmarks` looked for /public/… from the
 * bundle): the root is the nearest folder upwards with a package.json.
 */
export function packageFile(path: string, from: string = import.meta.url): URL {
  let dir = new URL('.', from);
  while (!existsSync(new URL('package.json', dir))) {
    const parent = new URL('..', dir);
    if (parent.href === dir.href) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return new URL(path, dir);
}
