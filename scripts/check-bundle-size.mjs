// Fails when the JavaScript the first screen loads exceeds the budget (issue 8: 350 KB gzipped).
// "Initial" = the entry chunk plus the chunks it imports statically (modulepreload links);
// lazily imported chunks (export libraries, workers) are reported but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const sizes = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: `assets/${f}`, gz: gzipSync(readFileSync(`dist/assets/${f}`)).length / 1024 }));
let total = 0;
for (const { file, gz } of sizes.sort((a, b) => b.gz - a.gz)) {
  const isInitial = initial.has(file);
  if (isInitial) total += gz;
  console.log(`${isInitial ? 'initial' : 'lazy   '}  ${gz.toFixed(1).padStart(7)} KB gz  ${file}`);
}
console.log(`Initial JavaScript: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
