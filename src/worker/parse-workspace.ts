import { parseWorkspaceFile, type ParseResult } from '../domain/workspace/index';

/** What the parse worker receives: a file's text and its name (for the problems it reports). */
export interface ParseRequest {
  text: string;
  file: string;
}

/** The part of Worker used here (a fake in unit tests). */
export type ParseWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function defaultParseWorker(): ParseWorker {
  if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

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
  createWorker: () => ParseWorker = defaultParseWorker,
): Promise<ParseResult> {
  let worker: ParseWorker;
  try {
    worker = createWorker();
  } catch {
    return Promise.resolve(parseWorkspaceFile(text, file));
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // The worker died (failed to load, out of memory): the file itself was never the problem.
      event.preventDefault?.();
      worker.terminate();
      resolve(parseWorkspaceFile(text, file));
    };
    const request: ParseRequest = { text, file };
    worker.postMessage(request);
  });
}
