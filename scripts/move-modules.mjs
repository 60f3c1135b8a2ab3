#!/usr/bin/env node
/**
 * Moves TypeScript modules and rewrites every relative import that points at them (and every
 * relative import inside them), so a regrouping of the tree is one reviewed mapping rather than
 * hand edits. Usage: node scripts/move-modules.mjs mapping.json  where the mapping is
 * { "src/old/file.ts": "src/new/file.ts", ... } (paths from the repository root).
 */
import {
  readFileSync,
  writeFileSync,
  mkdirSync,
  renameSync,
  readdirSync,
  statSync,
  existsSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();
const mapping = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const moves = new Map(Object.entries(mapping).map(([a, b]) => [resolve(root, a), resolve(root, b)]));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist' || name === 'dist-cli') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}
const files = ['src', 'tests', 'bench', 'scripts']
  .filter((d) => existsSync(d))
  .flatMap((d) => walk(resolve(root, d), []));

/** The file a relative specifier resolves to, or undefined. */
function resolveSpecifier(fromFile, spec) {
  const base = resolve(dirname(fromFile), spec);
  const stripped = base.replace(/\.(js|ts)$/, '');
  for (const c of [base, `${stripped}.ts`, `${stripped}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

function rewrite(spec, target, newFrom) {
  const hadExt = /\.(ts|js)$/.test(spec) ? spec.match(/\.(ts|js)$/)[0] : '';
  const pointedAtIndex = !/index(\.(ts|js))?$/.test(spec) && target.endsWith('/index.ts');
  let t = target.replace(/\.tsx?$/, '');
  if (pointedAtIndex) t = t.replace(/\/index$/, '');
  let r = relative(dirname(newFrom), t);
  if (!r.startsWith('.')) r = `./${r}`;
  return r + (pointedAtIndex ? '' : hadExt);
}

const specRe =
  /((?:from|import|require|mock|importActual|importOriginal)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)(['"])/g;
const updates = new Map();
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const newFrom = moves.get(file) ?? file;
  const out = src.replace(specRe, (m, pre, spec, post) => {
    const target = resolveSpecifier(file, spec);
    if (!target) return m;
    const newTarget = moves.get(target) ?? target;
    if (newTarget === target && newFrom === file) return m;
    return pre + rewrite(spec, newTarget, newFrom) + post;
  });
  if (out !== src) updates.set(file, out);
}
for (const [file, text] of updates) writeFileSync(file, text);
for (const [from, to] of moves) {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}
console.log(`moved ${moves.size} files, rewrote imports in ${updates.size} files`);
