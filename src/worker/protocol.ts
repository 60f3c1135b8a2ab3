/** Messages between the UI thread and the engine worker: id-matched request/reply. */
export interface EngineRequest {
  id: number;
  command: string;
  args: unknown[];
}

export type EngineReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
