/// <reference lib="webworker" />
import { readTabularFile } from '../io/site-import/read-table';
import type { ImportTableRequest } from './import-table';

/** Reads one site list per message (see ./import-table): unzipping and parsing stay off the page's thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ImportTableRequest>) => {
  const { name, bytes } = event.data;
  scope.postMessage(await readTabularFile({ name, size: bytes.byteLength, arrayBuffer: async () => bytes }));
};
