// Fails when the JavaScript the first screen loads exceeds the budget (issue 18: 250 KB gzipped),
// or when a heavy export library ends up in it instead of loading on first use.
// "Initial" = the entry chunk plus the chunks it imports statically (modulepreload links);
// lazily imported chunks (export libraries, workers) are reported but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
// Text each library's code contains, so the check does not depend on chunk names.
const MUST_BE_LAZY = {
  pptxgenjs: 'PptxGenJS',
  jspdf: 'jsPDF.convertBase64ToBinaryString',
  'lz-string': 'compressToEncodedURIComponent',
  'write-excel-file': 'xl/worksheets/sheet',
  recharts: 'recharts-wrapper',
};
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const sizes = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: `assets/${f}`, text: readFileSync(`dist/assets/${f}`) }))
  .map(({ file, text }) => ({ file, text: text.toString('utf8'), gz: gzipSync(text).length / 1024 }));
let total = 0;
const leaks = [];
for (const { file, gz, text } of sizes.sort((a, b) => b.gz - a.gz)) {
  const isInitial = initial.has(file);
  if (isInitial) {
    total += gz;
    for (const [lib, marker] of Object.entries(MUST_BE_LAZY))
      if (text.includes(marker)) leaks.push(`${lib} in ${file}`);
  }
  console.log(`${isInitial ? 'initial' : 'lazy   '}  ${gz.toFixed(1).padStart(7)} KB gz  ${file}`);
}
console.log(`Initial JavaScript: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
let failed = false;
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  failed = true;
}
if (leaks.length) {
  console.error(
    `Export libraries must load lazily (dynamic import), but the first screen includes: ${leaks.join(', ')}`,
  );
  failed = true;
}
if (failed) process.exit(1);
