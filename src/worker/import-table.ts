import { readTabularFile, type ImportFile } from '../io/site-import/read-table';
import type { ReadResult } from '../io/site-import/types';
import { sizeProblem } from '../io/site-import/limits';
import { fileIssue } from '../io/site-import/types';
import { askOnce, type OneShotWorker } from './one-shot-worker';

/** What the import worker receives: the file's name and bytes (copied: a fallback read may still need them). */
export interface ImportTableRequest {
  name: string;
  bytes: ArrayBuffer;
}

/** Where there are no workers this throws (ReferenceError) and the work runs on this thread. */
const defaultOneShotWorker = (): OneShotWorker =>
  new Worker(new URL('./import-table.worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads a CSV or XLSX site list in a Web Worker: unzipping a workbook and parsing a large sheet
 * took seconds on the main thread and froze the page (issue #14). Same function and same result
 * as `readTabularFile`; the size limit is checked here first so a huge file is never read.
 * Without workers, or if the worker dies, the read runs here. Never throws.
 */
export async function readTabularFileOffMainThread(
  file: ImportFile,
  createWorker: () => OneShotWorker = defaultOneShotWorker,
): Promise<ReadResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, issues: [fileIssue(file.name, tooBig)] };
  let worker: OneShotWorker;
  try {
    worker = createWorker();
  } catch {
    return readTabularFile(file);
  }
  const bytes = await file.arrayBuffer();
  const request: ImportTableRequest = { name: file.name, bytes };
  return askOnce(worker, request, () =>
    readTabularFile({ name: file.name, size: bytes.byteLength, arrayBuffer: async () => bytes }),
  );
}
