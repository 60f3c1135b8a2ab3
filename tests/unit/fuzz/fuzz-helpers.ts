/**
 * Shared pieces of the property-based (fuzz) tests: the fixed seed, a "readable message" check,
 * JSON mutators that damage a valid document at random depths, and a prototype-pollution probe.
 * Not a test file itself (vitest only collects *.test.ts).
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** One seed for every fuzz test so a failure in CI replays exactly on a laptop. */
export const FUZZ_SEED = 20261121;

/**
 * A message a user can read: a non-empty string, no "[object Object]", no stack-trace frames,
 * no runaway length (a hostile 5 MB cell must not come back verbatim in an error).
 */
export function expectReadable(message: unknown, what = 'message'): void {
  expect(typeof message, `${what} is a string`).toBe('string');
  const text = message as string;
  expect(text.trim().length, `${what} is not empty`).toBeGreaterThan(0);
  // An object turned into text by mistake reads [object Object]; the same text inside quotes is a
  // user's own value echoed back (the fuzzer also tries the literal string "[object Object]").
  expect(text, `${what} has no [object Object]`).not.toMatch(/(?<!")\[object Object\](?!")/);
  expect(text, `${what} has no stack frames`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text.length, `${what} is short enough to read`).toBeLessThan(4000);
}

/** Keys that try to reach Object.prototype when copied naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Object.prototype's own keys before any fuzzing; compare afterwards to detect pollution. */
const PRISTINE_PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

export function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PRISTINE_PROTO_KEYS);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'value', 'isAdmin', 'min', 'schemaVersion'])
    expect(probe[key], `Object.prototype.${key}`).toBeUndefined();
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path to a value inside `doc` (objects and arrays included), root excluded. */
export function allPaths(doc: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => {
      out.push([...prefix, i]);
      allPaths(v, [...prefix, i], out);
    });
  } else if (doc !== null && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      out.push([...prefix, k]);
      allPaths(v, [...prefix, k], out);
    }
  }
  return out;
}

/** Values that commonly break parsers: extremes, NaN-like strings, wrong types, hostile keys, deep nesting. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '',
    ' ',
    '0',
    '[object Object]',
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    'x'.repeat(10_000),
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    { __proto__: null, polluted: true },
  ),
  fc.integer({ min: 1, max: 400 }).map((depth) => {
    let v: unknown = [];
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
  fc
    .constantFrom(...PROTO_KEYS)
    .map((k) => JSON.parse(`{"${k}": {"polluted": true, "value": 1}}`) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
);

/** One random edit at a random path: delete, replace, change the type, or add a hostile key. */
export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'retype'; at: number }
  | { op: 'protoKey'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: nastyValue }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('protoKey' as const),
    at: fc.nat(),
    key: fc.constantFrom(...PROTO_KEYS),
    value: nastyValue,
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return Number(v) || [v];
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return {};
}

/**
 * Applies mutations to a deep copy of `base`. Hostile keys are set with defineProperty so that
 * "__proto__" becomes an own key, exactly as JSON.parse would produce it from a file.
 */
export function applyMutations(base: unknown, mutations: readonly Mutation[]): unknown {
  const doc = structuredClone(base) as Json;
  for (const m of mutations) {
    const paths = allPaths(doc);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc) as
      Record<string, unknown> | unknown[];
    const key = path[path.length - 1]!;
    const current = (parent as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'replace':
        (parent as Record<string | number, unknown>)[key] = structuredClone(m.value);
        break;
      case 'retype':
        (parent as Record<string | number, unknown>)[key] = retype(current);
        break;
      case 'protoKey': {
        const target = current && typeof current === 'object' && !Array.isArray(current) ? current : parent;
        if (!Array.isArray(target)) {
          Object.defineProperty(target, m.key, {
            value: structuredClone(m.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
      }
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(structuredClone(current));
        break;
    }
  }
  return doc;
}

/** Random text that is mostly not JSON: unicode, control characters, and JSON-ish fragments. */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'e', '-', ' ', 'n', '\\', '\n'),
    maxLength: 200,
  }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.anything({ maxDepth: 3 }).map((v) => {
    try {
      return JSON.stringify(v) ?? String(v);
    } catch {
      return String(v);
    }
  }),
);
