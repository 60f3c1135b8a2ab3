/// <reference lib="webworker" />
import { engineCommands } from './commands';
import { resolveCachedArgs, type EngineReply, type EngineRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cache = new Map<number, unknown>();

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, command } = event.data;
  const fn = Object.hasOwn(engineCommands, command)
    ? (engineCommands as Record<string, (...a: unknown[]) => unknown>)[command]
    : undefined;
  let reply: EngineReply;
  try {
    const args = resolveCachedArgs(event.data, cache);
    if (!fn) throw new Error(`Unknown engine command "${command}"`);
    reply = { id, ok: true, result: fn(...args) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
