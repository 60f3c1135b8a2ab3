// Worker-thread entry for `mrct evaluate` from the TypeScript sources (tests, a stale bundle):
// loader hooks registered on the main thread do not reach worker threads, so register tsx here.
// The prebuilt CLI has its own compiled file of this name (scripts/build-cli.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./evaluate-thread.ts');
