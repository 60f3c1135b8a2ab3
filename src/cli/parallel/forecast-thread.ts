import { parentPort } from 'node:worker_threads';
import {
  forecastChunk,
  type ForecastInput,
  type ForecastOptions,
  type McChunkOutput,
} from '../../engine/forecast';

/** Request from the pool: simulate these chunks of one Monte Carlo forecast. */
export interface ChunkRequest {
  id: number;
  input: ForecastInput;
  options: ForecastOptions;
  chunks: number[];
}

export type ChunkReply =
  | { id: number; ok: true; outputs: { index: number; output: McChunkOutput }[] }
  | { id: number; ok: false; message: string };

parentPort?.on('message', (request: ChunkRequest) => {
  try {
    const outputs = request.chunks.map((index) => ({
      index,
      output: forecastChunk(request.input, request.options, index),
    }));
    // Hand the sample arrays over instead of copying them.
    const transfer = outputs.flatMap(({ output }) => [output.times.buffer, output.counts.buffer]);
    parentPort!.postMessage(
      { id: request.id, ok: true, outputs } satisfies ChunkReply,
      transfer as ArrayBuffer[],
    );
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ChunkReply);
  }
});
