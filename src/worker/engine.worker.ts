/// <reference lib="webworker" />
import { engineCommands } from './commands';
import type { EngineReply, EngineRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, command, args } = event.data;
  const fn = (engineCommands as Record<string, (...a: unknown[]) => unknown>)[command];
  let reply: EngineReply;
  try {
    if (!fn) throw new Error(`Unknown engine command "${command}"`);
    reply = { id, ok: true, result: fn(...args) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
