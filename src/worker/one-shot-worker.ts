/** The part of Worker a one-request worker uses (a fake in unit tests). */
export type OneShotWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/**
 * Posts one request to a short-lived worker and resolves with its one reply, then ends the worker.
 * If the worker dies instead (failed to load, out of memory: the input was never the problem),
 * resolves with `fallback()`, the same work done on this thread. Never rejects unless the fallback
 * throws.
 */
export function askOnce<Reply>(
  worker: OneShotWorker,
  request: unknown,
  fallback: () => Reply | Promise<Reply>,
): Promise<Reply> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      resolve(fallback());
    };
    worker.postMessage(request);
  });
}
