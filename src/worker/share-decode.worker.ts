/// <reference lib="webworker" />
import { decodeShareRequest, type ShareDecodeRequest } from './share-decode';

/** Opens one share-link payload per message (see ./share-decode): decompression and validation stay off the page's thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ShareDecodeRequest>) => {
  decodeShareRequest(event.data, (message) => scope.postMessage(message));
};
