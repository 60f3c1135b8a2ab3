/**
 * Flags every command shares, parsed the same way everywhere: `mrct forecast --seed abc` used to
 * be accepted while `evaluate` and `optimize` refused it, and `optimize --runs 1e9` ran for over an
 * hour (issue #14). A bad value is refused with the flag, the accepted range and what was given.
 */

/** Most Monte Carlo runs `evaluate` and `optimize` take: the workspace setting's own maximum. */
export const MAX_CLI_RUNS = 200_000;

/** Largest seed: the workspace's own seed setting has the same range (settings schema). */
export const MAX_SEED = 2 ** 31 - 1;

/** Quotes a user's argument for a message, cut so a megabyte argument is not echoed back. */
export function quoteArg(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** `--seed S`: a whole number from 0 to 2^31 − 1, or the default when absent. */
export function parseSeed(value: string | undefined): Parsed<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > MAX_SEED) {
    return {
      ok: false,
      message: `--seed must be a whole number from 0 to ${MAX_SEED.toLocaleString('en-US')}, got ${quoteArg(value)}`,
    };
  }
  return { ok: true, value: n };
}

/** `--runs N`: a whole number within [min, max], or the default when absent. */
export function parseRuns(value: string | undefined, min: number, max: number): Parsed<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    return {
      ok: false,
      message: `--runs must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, got ${quoteArg(value)}`,
    };
  }
  return { ok: true, value: n };
}

/** A file's text without a leading byte-order mark (Windows editors add one; the app accepts it). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** parseArgs options for flags that take a value (`--seed S`), by name. */
export function valueOptions<N extends string>(...names: N[]): Record<N, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<N, { type: 'string' }>;
}

/** parseArgs options for switches (`--json`): true when given, undefined when not. */
export function switchOptions<N extends string>(...names: N[]): Record<N, { type: 'boolean' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'boolean' }])) as Record<
    N,
    { type: 'boolean' }
  >;
}
