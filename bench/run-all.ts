/**
 * Runs every bench/*.bench.ts in name order. Each exports `async function run(): Promise<void>`
 * that prints its own figures; a failing bench is reported and the others still run.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') throw new Error('does not export run()');
    await mod.run();
  } catch (error) {
    failed++;
    console.error(`${file} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed > 0) process.exitCode = 1;
