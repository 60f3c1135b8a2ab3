import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCtgovJsonl, type CtgovStudy } from '../engine/benchmarks/index';

/** The extract shipped with the project (data/ctgov/README.md). */
export const CTGOV_EXTRACT = new URL('../../data/ctgov/studies.jsonl.gz', import.meta.url);

/**
 * Reads a .jsonl or .jsonl.gz file of studies in the extract's format. Throws with the file name,
 * the line, the field and the reason on the first malformed line (atomic: all or nothing).
 */
export function readCtgovFile(path: string | URL): CtgovStudy[] {
  const name = String(path);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new Error(`${name}: cannot read (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  let text: string;
  try {
    text = (name.endsWith('.gz') ? gunzipSync(buffer) : buffer).toString('utf8');
  } catch (error) {
    throw new Error(
      `${name}: not a valid gzip file (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const { studies, errors } = parseCtgovJsonl(text);
  const first = errors[0];
  if (first)
    throw new Error(
      `${name}: line ${first.line}, field ${first.field}: ${first.reason}${errors.length > 1 ? ` (and ${errors.length - 1} more lines)` : ''}`,
    );
  return studies;
}
