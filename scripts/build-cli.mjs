// Bundles the `mrct` command line into dist-cli/ so that `npx mrct` starts without compiling
// TypeScript (tsx took ~2–3 s of every run). Runs on `npm ci` / `npm install` (the `prepare`
// script); bin/mrct.js falls back to tsx when the bundle is missing or older than the sources.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The engine imports date-holidays statically (the browser bundle needs it that way); the CLI
 * requires it on first use instead (src/cli/lazy-date-holidays.ts), since the precomputed holiday
 * table (data/calendars/date-holidays-table.json) usually covers every country-year a study needs
 * and loading the library costs ~0.2–0.3 s of start-up.
 */
const lazyDateHolidays = {
  name: 'lazy-date-holidays',
  setup(b) {
    b.onResolve({ filter: /\/date-holidays-loader$/ }, () => ({
      path: fileURLToPath(new URL('../src/cli/lazy-date-holidays.ts', import.meta.url)),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // dependencies load from node_modules as usual
  logLevel: 'warning',
  sourcemap: 'linked',
  plugins: [lazyDateHolidays],
};

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
});
// The ForecastPool and `mrct evaluate` start threads from `./<name>-thread-entry.mjs` beside the running module:
// in the bundle that is this file, the thread code already compiled.
await build({
  ...common,
  entryPoints: {
    'forecast-thread-entry': 'src/cli/parallel/forecast-thread.ts',
    // `mrct evaluate` evaluates half the scenarios on this thread (parallel/compare-in-threads.ts).
    'evaluate-thread-entry': 'src/cli/parallel/evaluate-thread.ts',
  },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
});
