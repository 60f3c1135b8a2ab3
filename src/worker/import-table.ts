import { readTabularFile, type ImportFile } from '../io/site-import/read-table';
import type { ReadResult } from '../io/site-import/types';
import { sizeProblem } from '../io/site-import/limits';
import { fileIssue } from '../io/site-import/types';

/** What the import worker receives: the file's name and bytes (copied: a fallback read may still need them). */
export interface ImportTableRequest {
  name: string;
  bytes: ArrayBuffer;
}

export type ImportWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function defaultImportWorker(): ImportWorker {
  if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
  return new Worker(new URL('./import-table.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads a CSV or XLSX site list in a Web Worker: unzipping a workbook and parsing a large sheet
 * took seconds on the main thread and froze the page (issue #14). Same function and same result
 * as `readTabularFile`; the size limit is checked here first so a huge file is never read.
 * Without workers, or if the worker dies, the read runs here. Never throws.
 */
export async function readTabularFileOffMainThread(
  file: ImportFile,
  createWorker: () => ImportWorker = defaultImportWorker,
): Promise<ReadResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, issues: [fileIssue(file.name, tooBig)] };
  let worker: ImportWorker;
  try {
    worker = createWorker();
  } catch {
    return readTabularFile(file);
  }
  const bytes = await file.arrayBuffer();
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ReadResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      resolve(readTabularFile({ name: file.name, size: bytes.byteLength, arrayBuffer: async () => bytes }));
    };
    const request: ImportTableRequest = { name: file.name, bytes };
    worker.postMessage(request);
  });
}
