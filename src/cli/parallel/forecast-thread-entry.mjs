// Worker-thread entry: loader hooks registered on the main thread do not reach worker threads,
// so this plain-JS entry registers tsx (as bin/mrct.js does) and then loads the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./forecast-thread.ts');
