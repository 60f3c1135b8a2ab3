/**
 * Assembles bench/wasm/kernel.wat with wabt (Node only). The 'fdlibm-log' variant splices
 * fdlibm-log.wat in place of the imported Math.log, to measure what the import costs. The
 * 'portable' variant also computes (1 + c·x)³ as a product instead of Math.pow: with the
 * ziggurat tables passed in as fixed bits it depends on no engine's libm except Math.exp in
 * the ziggurat's rare wedge test (a probe of Node vs Chromium results, not a match for JS).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

export type KernelVariant = 'imported-log' | 'fdlibm-log' | 'portable';

const LOG_IMPORT = '(import "m" "log" (func $log (param f64) (result f64)))';

export async function assembleKernel(variant: KernelVariant = 'imported-log'): Promise<Uint8Array> {
  const here = dirname(fileURLToPath(import.meta.url));
  let wat = readFileSync(join(here, 'kernel.wat'), 'utf8');
  if (variant !== 'imported-log') {
    if (!wat.includes(LOG_IMPORT)) throw new Error('kernel.wat no longer imports log as expected');
    // Imports must precede definitions: the function goes after the last import instead.
    wat = wat
      .replace(LOG_IMPORT, '')
      .replace(
        '(memory (export "memory") 1)',
        `(memory (export "memory") 1)\n${readFileSync(join(here, 'fdlibm-log.wat'), 'utf8')}`,
      );
  }
  if (variant === 'portable') {
    const pow = '(call $pow (local.get $y) (f64.const 3))';
    if (!wat.includes(pow)) throw new Error('kernel.wat no longer uses Math.pow as expected');
    wat = wat.replace(pow, '(f64.mul (f64.mul (local.get $y) (local.get $y)) (local.get $y))');
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
