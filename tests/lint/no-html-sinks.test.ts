import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imported names and notes are user data: they must only ever reach the page as text (React escapes
 * it). These are the ways text becomes markup or code; none may appear anywhere in src.
 */
const SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML/outerHTML assignment', pattern: /\.(inner|outer)HTML\s*\+?=/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\.write(ln)?\s*\(/ },
  { name: 'eval(', pattern: /(^|[^\w.$])eval\s*\(/ },
  { name: 'new Function(', pattern: /new\s+Function\s*\(/ },
  { name: 'string setTimeout/setInterval', pattern: /set(Timeout|Interval)\s*\(\s*['"`]/ },
];

const ROOT = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry) ? [path] : [];
  });
}

/** Each sink found in `text`, with its line number. */
function findSinks(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => SINKS.filter((s) => s.pattern.test(line)).map((s) => `${s.name} (line ${i + 1})`));
}

describe('no HTML or code injection sinks in src', () => {
  it('the patterns catch each sink and leave look-alikes alone', () => {
    // Given lines that use each sink, and harmless lines that only resemble them
    const bad = [
      '<div dangerouslySetInnerHTML={{ __html: name }} />',
      'el.innerHTML = name;',
      'el.outerHTML += name;',
      "el.insertAdjacentHTML('beforeend', name);",
      'document.write(name);',
      'eval(code);',
      "const f = new Function('return 1');",
      "setTimeout('alert(1)', 10);",
    ];
    const fine = [
      'const text = el.innerText;',
      'const retrieval(x) = 1;',
      'medieval(x);',
      'setTimeout(() => save(), 300);',
      'a.textContent = name;',
    ];
    // Then every bad line is found and no fine line is
    for (const line of bad) expect(findSinks(line), line).toHaveLength(1);
    for (const line of fine) expect(findSinks(line), line).toEqual([]);
  });

  it('no file under src uses one', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      findSinks(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}: ${hit}`),
    );
    expect(found).toEqual([]);
  });
});
