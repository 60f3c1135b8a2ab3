/** Assembles bench/wasm/kernel.wat with wabt (Node only). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

export async function assembleKernel(): Promise<Uint8Array> {
  const wat = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'kernel.wat'), 'utf8');
  const wabt = await wabtInit();
  const module = wabt.parseWat('kernel.wat', wat, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
