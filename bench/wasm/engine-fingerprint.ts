/**
 * Digests of what a JS engine computes with its own libm: the ziggurat tables (random/normal.ts
 * builds them at load with Math.exp/log/sqrt) and Math.log/exp/pow on fixed inputs. Equal
 * digests in Node and Chromium are needed before any kernel, JS or WASM, can give the same
 * bits in both; the bench prints them side by side.
 */
import { KN, WN } from '../../src/engine/random/normal';
import { Sfc32 } from '../../src/engine/random/sfc32';

export interface EngineFingerprint {
  tables: string;
  log: string;
  exp: string;
  pow: string;
}

export function fnvBits(values: Float64Array, h0 = 0x811c9dc5): number {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let h = h0;
  for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193);
  return h >>> 0;
}

const hex = (h: number): string => h.toString(16).padStart(8, '0');

export function engineFingerprint(samples = 10_000): EngineFingerprint {
  const rng = new Sfc32('engine-fingerprint');
  const u = Float64Array.from({ length: samples }, () => rng.nextFloat());
  return {
    tables: hex(fnvBits(WN, fnvBits(KN))),
    log: hex(fnvBits(u.map((x) => Math.log(x)))),
    exp: hex(fnvBits(u.map((x) => Math.exp(-8 * x)))),
    pow: hex(fnvBits(u.map((x) => Math.pow(0.5 + x, 3)))),
  };
}
