// Runs before the app's module scripts (classic scripts are not deferred). The CSP forbids eval;
// zod 4 otherwise probes `new Function('')` when it builds its first schema, and the browser reports
// a CSP violation even though zod catches the error and falls back to this same jitless mode.
// zod reads this shared config object (zod/v4/core: globalThis.__zod_globalConfig) at load.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
