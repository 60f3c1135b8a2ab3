/**
 * Assembles bench/wasm/kernel.wat with wabt (Node only). The 'fdlibm-log' variant splices
 * fdlibm-log.wat in place of the imported Math.log, to measure what the import costs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

export type KernelVariant = 'imported-log' | 'fdlibm-log';

const LOG_IMPORT = '(import "m" "log" (func $log (param f64) (result f64)))';

export async function assembleKernel(variant: KernelVariant = 'imported-log'): Promise<Uint8Array> {
  const here = dirname(fileURLToPath(import.meta.url));
  let wat = readFileSync(join(here, 'kernel.wat'), 'utf8');
  if (variant === 'fdlibm-log') {
    if (!wat.includes(LOG_IMPORT)) throw new Error('kernel.wat no longer imports log as expected');
    // Imports must precede definitions: the function goes after the last import instead.
    wat = wat
      .replace(LOG_IMPORT, '')
      .replace(
        '(memory (export "memory") 1)',
        `(memory (export "memory") 1)\n${readFileSync(join(here, 'fdlibm-log.wat'), 'utf8')}`,
      );
  }
  const wabt = await wabtInit();
  const module = wabt.parseWat('kernel.wat', wat, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
