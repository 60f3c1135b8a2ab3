/// <reference lib="webworker" />
import { parseWorkspaceFile } from '../domain/workspace/index';
import type { ParseRequest } from './parse-workspace';

/** Parses one workspace file's text per message (see ./parse-workspace); only the domain is loaded, so it starts fast. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  scope.postMessage(parseWorkspaceFile(event.data.text, event.data.file));
};
