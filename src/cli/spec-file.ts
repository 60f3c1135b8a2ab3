import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { withoutBom } from './args';

/** A spec file's JSON, or why it could not be had and the exit code that says so. */
export type SpecFile = { ok: true; json: unknown } | { ok: false; message: string; exitCode: 1 | 2 };

/**
 * Reads the one JSON spec file of `forecast`, `events` and `optimize` the same way: a file that
 * cannot be read is a usage error (exit 2, with the system's code such as ENOENT), text that is not
 * JSON is bad input (exit 1); a byte-order mark is accepted, as the app accepts it.
 */
export async function readSpecFile(file: string): Promise<SpecFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: `cannot read ${file}: ${code}`, exitCode: 2 };
  }
  try {
    return { ok: true, json: JSON.parse(withoutBom(text)) };
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
