#!/usr/bin/env node
// Entry point for `npx mrct …`. Runs the prebuilt bundle (dist-cli/, made by `npm ci` through the
// `prepare` script) when it is at least as new as every source file; otherwise runs the TypeScript
// sources through tsx, so an edited checkout never runs a stale CLI.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'main.mjs');

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh =
  existsSync(bundle) &&
  statSync(bundle).mtimeMs >=
    Math.max(newestSourceMtime(join(root, 'src')), newestSourceMtime(join(root, 'data')));

let main;
if (fresh) {
  // `mrct evaluate` with a core to spare: start the thread that will evaluate half the scenarios
  // now, so it loads the engine while this thread does (src/cli/parallel/compare-in-threads.ts).
  // A core is taken as spare when the 1-minute load average leaves one free: on a busy machine the
  // second thread only adds its ~0.8 s of engine loading to the CPU everyone shares.
  const args = process.argv.slice(2);
  const cores = availableParallelism();
  const threadsArg = args.includes('--threads') ? args[args.indexOf('--threads') + 1] : undefined;
  const second = threadsArg === undefined ? cores > 1 && loadavg()[0] <= cores - 1 : threadsArg === '2';
  const thread =
    args[0] === 'evaluate' && second
      ? new Worker(join(root, 'dist-cli', 'evaluate-thread-entry.mjs'))
      : undefined;
  thread?.unref();
  let adoptEvaluateThread;
  ({ main, adoptEvaluateThread } = await import(pathToFileURL(bundle).href));
  if (thread) adoptEvaluateThread(thread);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
