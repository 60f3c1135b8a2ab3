/**
 * Runs bench/wasm/browser-entry.ts in headless Debian Chromium (never a downloaded browser):
 * the entry is bundled with esbuild and injected into a blank page, the kernel bytes passed in.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserTrial } from './browser-entry';
import type { ZigguratTables } from './kernel-runner';

export async function runInChromium(
  binaries: { name: string; bytes: Uint8Array }[],
  runs: number,
  repeats: number,
  portable: { bytes: Uint8Array; tables: ZigguratTables },
): Promise<BrowserTrial> {
  const bundle = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    type Trial = (
      b: { name: string; bytes: number[] }[],
      r: number,
      k: number,
      p: { bytes: number[]; tables: ZigguratTables },
    ) => Promise<BrowserTrial>;
    const plain = binaries.map(({ name, bytes }) => ({ name, bytes: Array.from(bytes) }));
    return await page.evaluate(
      ([b, r, k, p]) => (globalThis as unknown as { wasmTrial: Trial }).wasmTrial(b, r, k, p),
      [plain, runs, repeats, { bytes: Array.from(portable.bytes), tables: portable.tables }] as const,
    );
  } finally {
    await browser.close();
  }
}
