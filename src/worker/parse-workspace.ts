import { parseWorkspaceFile, type ParseResult } from '../domain/workspace/index';
import { EngineClient } from './client';

let shared: EngineClient | null = null;

/** A worker of its own: a file opened while a long forecast runs is not queued behind it. */
function fileClient(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}

/**
 * Parses, migrates and validates a workspace file's text in a Web Worker: JSON.parse and the zod
 * validation of a 10,000-site file take ~200 ms, one main-thread task that would freeze the page.
 * Same function, same result and same problems (file, JSON path, reason) as `parseWorkspaceFile`;
 * without workers, or if the worker fails, it runs here on the main thread. Never throws.
 */
export async function parseWorkspaceOffMainThread(text: string, file: string, client: EngineClient = fileClient()): Promise<ParseResult> {
  try {
    return await client.run('parseWorkspaceFile', [text, file]);
  } catch {
    // The worker died mid-parse (e.g. out of memory): the file itself was never the problem.
    return parseWorkspaceFile(text, file);
  }
}
