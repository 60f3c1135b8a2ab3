import { readFile } from 'node:fs/promises';
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
