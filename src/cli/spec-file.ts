import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { SpecProblem } from '../engine/forecast/spec';
import { withoutBom } from './args';
import type { CliIo } from './io';

/** A spec file's JSON, or why it could not be had and the exit code that says so. */
export type SpecFile = { ok: true; json: unknown } | { ok: false; message: string; exitCode: 1 | 2 };

/** A file's text, or "cannot read FILE: CODE" (the system's code, such as ENOENT). */
export async function readTextFile(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
}

/**
 * Reads the one JSON spec file of `forecast`, `events` and `optimize` the same way: a file that
 * cannot be read is a usage error (exit 2, with the system's code such as ENOENT), text that is not
 * JSON is bad input (exit 1); a byte-order mark is accepted, as the app accepts it.
 */
export async function readSpecFile(file: string): Promise<SpecFile> {
  const read = await readTextFile(file);
  if (!read.ok) return { ...read, exitCode: 2 };
  try {
    return { ok: true, json: JSON.parse(withoutBom(read.text)) };
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}`, exitCode: 1 };
  }
}

/**
 * Parses `COMMAND FILE [flags]`: exactly one file and only the flags given (strict), with the
 * usage line in every refusal.
 */
export function parseFileCommand<O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  usageLine: string,
) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (positionals.length !== 1)
      return { ok: false as const, message: `give exactly one spec file.\nUsage: ${usageLine}` };
    return { ok: true as const, values, file: positionals[0] as string };
  } catch (error) {
    return { ok: false as const, message: `${(error as Error).message}\nUsage: ${usageLine}` };
  }
}

/**
 * `readSpecFile`, then `check` on its JSON. A refusal is printed ("mrct COMMAND: …", every problem
 * of the spec with its JSON path) and comes back as the exit code: 2 unreadable, 1 bad content.
 */
export async function readCheckedSpec<Checked extends { ok: true }>(
  file: string,
  check: (json: unknown) => Checked | { ok: false; problems: SpecProblem[] },
  io: CliIo,
  command: string,
): Promise<Checked | { ok: false; exitCode: number }> {
  const read = await readSpecFile(file);
  if (!read.ok) {
    io.err(`mrct ${command}: ${read.message}`);
    return { ok: false, exitCode: read.exitCode };
  }
  const checked = check(read.json);
  if (!checked.ok) {
    const n = checked.problems.length;
    io.err(`mrct ${command}: ${file}: ${n} problem${n === 1 ? '' : 's'}`);
    for (const p of checked.problems) io.err(`  ${p.path}: ${p.message}`);
    return { ok: false, exitCode: 1 };
  }
  return checked;
}
