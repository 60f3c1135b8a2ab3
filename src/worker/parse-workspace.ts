import { parseWorkspaceFile, type ParseResult } from '../domain/workspace/index';
import { askOnce, type OneShotWorker } from './one-shot-worker';

/** What the parse worker receives: a file's text and its name (for the problems it reports). */
export interface ParseRequest {
  text: string;
  file: string;
}

/** Where there are no workers this throws (ReferenceError) and the work runs on this thread. */
const defaultOneShotWorker = (): OneShotWorker =>
  new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });

/**
 * Parses, migrates and validates a workspace file's text in a Web Worker: JSON.parse and the zod
 * validation of a 10,000-site file take ~200 ms, one main-thread task that would freeze the page.
 * Same function, same result and same problems (file, JSON path, reason) as `parseWorkspaceFile`.
 * A short-lived worker of its own (it loads the domain only, not the engine, and a file opened
 * during a long forecast does not wait for it); without workers, or if the worker fails, the
 * parse runs here. Never throws.
 */
export function parseWorkspaceOffMainThread(
  text: string,
  file: string,
  createWorker: () => OneShotWorker = defaultOneShotWorker,
): Promise<ParseResult> {
  let worker: OneShotWorker;
  try {
    worker = createWorker();
  } catch {
    return Promise.resolve(parseWorkspaceFile(text, file));
  }
  const request: ParseRequest = { text, file };
  return askOnce(worker, request, () => parseWorkspaceFile(text, file));
}
