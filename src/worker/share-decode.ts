import {
  damagedShareLink,
  MAX_SHARE_FRAGMENT_CHARS,
  openSharePayload,
  type ShareOpenResult,
} from '../io/share/share-link';

/** What the share-decode worker receives: the link's payload (the text after `#share=`). */
export interface ShareDecodeRequest {
  payload: string;
}

/**
 * What it sends back: `started` as soon as its code runs (so a worker that never loaded is told
 * apart from a link that killed the decoder), then the result.
 */
export type ShareDecodeMessage = { type: 'started' } | { type: 'result'; result: ShareOpenResult };

/** The part of Worker used here (a fake in unit tests). */
export type ShareWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/**
 * Longest wait for the worker. With the caps (64 KB fragment, 8 million characters) decoding and
 * validating takes at most a few seconds on a slow machine; past this the link is refused.
 */
export const SHARE_DECODE_TIMEOUT_MS = 30_000;

/** The worker's whole job, one request at a time (share-decode.worker.ts calls this). */
export function decodeShareRequest(request: ShareDecodeRequest, send: (m: ShareDecodeMessage) => void): void {
  send({ type: 'started' });
  send({ type: 'result', result: openSharePayload(request.payload) });
}

function defaultShareWorker(): ShareWorker {
  if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
  return new Worker(new URL('./share-decode.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Opens a share link's payload in a short-lived Web Worker: lz-string decompression of up to
 * 8 million characters, JSON.parse and the workspace validation took seconds on the main thread
 * for a hostile link (issue #14 defect 8), freezing the page. Same function, same messages as
 * `openSharePayload`; a fragment over the length cap is refused here without starting a worker.
 * Without workers, or when the worker's code fails to load, the (capped) decode runs here; a link
 * that kills the decoder once it has started, or keeps it busy past the timeout, is refused and
 * never retried on the page. Never throws.
 */
export function openShareOffMainThread(
  payload: string,
  createWorker: () => ShareWorker = defaultShareWorker,
  timeoutMs = SHARE_DECODE_TIMEOUT_MS,
): Promise<ShareOpenResult> {
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) return Promise.resolve(openSharePayload(payload));
  let worker: ShareWorker;
  try {
    worker = createWorker();
  } catch {
    return Promise.resolve(openSharePayload(payload));
  }
  return new Promise((resolve) => {
    let started = false;
    let done = false;
    const finish = (result: ShareOpenResult | (() => ShareOpenResult)) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(typeof result === 'function' ? result() : result);
    };
    const timer = setTimeout(
      () =>
        finish(
          damagedShareLink(
            `Reading the link took longer than ${Math.round(timeoutMs / 1000)} s; it was not opened.`,
          ),
        ),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<ShareDecodeMessage>) => {
      if (event.data.type === 'started') started = true;
      else finish(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(
        started
          ? damagedShareLink('The link could not be decoded: the decoder stopped (out of memory or a fault).')
          : () => openSharePayload(payload),
      );
    };
    const request: ShareDecodeRequest = { payload };
    worker.postMessage(request);
  });
}
