import { startTransition, useEffect, useState } from 'react';
import { engineClient, SupersededError } from './client';
import type { CommandName, EngineCommands } from './commands';

/** The argument tuple of an engine command. */
export type EngineArgs<C extends CommandName> = Parameters<EngineCommands[C]>;

export type EngineState<T> =
  | { status: 'loading'; data: T | undefined; refined: false }
  | { status: 'ready'; data: T; refined: boolean }
  | { status: 'error'; error: string; data: T | undefined; refined: false };

/**
 * Runs an engine command in the worker whenever its arguments change: first a quick pass
 * (`quickArgs`, e.g. fewer Monte Carlo runs) so the screen updates at once, then the full
 * computation (`fullArgs`) refines it. Stale requests for the same key are cancelled. Pass
 * `null` args to run nothing. A `secondary` panel (e.g. regional shares below the forecast) queues
 * behind the screen's main answer, quick and refined (EngineClient.run).
 */
export function useEngine<C extends CommandName>(
  key: string,
  command: C,
  quickArgs: Parameters<EngineCommands[C]> | null,
  fullArgs: Parameters<EngineCommands[C]> | null,
  { secondary = false }: { secondary?: boolean } = {},
): EngineState<ReturnType<EngineCommands[C]>> {
  // The main answer's refined pass goes before a secondary panel's quick pass: the number the user
  // is watching settles first, the panel below it a moment later.
  const quickPriority = secondary ? 2 : 0;
  const fullPriority = secondary ? 3 : 1;
  type R = ReturnType<EngineCommands[C]>;
  // Each state remembers the arguments it answers, so that on the render where the arguments change
  // (another scenario chosen) the previous answer is shown as loading, never as this one's refined
  // result: tests and users read "refined" as "these are the numbers for what is on screen".
  type Held = EngineState<R> & { args: unknown };
  const [held, setHeld] = useState<Held>({ status: 'loading', data: undefined, refined: false, args: null });
  const setState = (next: EngineState<R> | ((s: EngineState<R>) => EngineState<R>)) =>
    setHeld((h) => ({ ...(typeof next === 'function' ? next(h) : next), args: quickArgs }));

  useEffect(() => {
    if (!quickArgs) return;
    let alive = true;
    const client = engineClient();
    // Another screen (or an earlier visit) may already hold the refined answer: show it at once.
    const known = client.peek(command, fullArgs ?? quickArgs);
    if (known !== undefined) {
      setState({ status: 'ready', data: known, refined: true });
      return;
    }
    setState((s) => ({ status: 'loading', data: s.data, refined: false }));
    const onError = (error: unknown) => {
      if (!alive || error instanceof SupersededError) return;
      setState((s) => ({
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
        data: s.data,
        refined: false,
      }));
    };
    // Both passes are queued at once: the quick one goes first (priority), the refined one straight
    // after it, before any secondary panel's work that was queued in between.
    let refinedShown = false;
    client
      .run(command, quickArgs, `${key}:quick`, quickPriority)
      .then((data) => {
        if (!alive || refinedShown) return;
        // Results render as a transition: React renders them in slices and yields to input, so a
        // screen full of charts does not become one long main-thread task.
        startTransition(() => setState({ status: 'ready', data, refined: !fullArgs }));
      })
      .catch(onError);
    if (fullArgs)
      client
        .run(command, fullArgs, `${key}:full`, fullPriority)
        .then((full) => {
          refinedShown = true;
          if (alive) startTransition(() => setState({ status: 'ready', data: full, refined: true }));
        })
        .catch(onError);
    return () => {
      alive = false;
    };
    // The arguments are compared by identity; callers memoise them.
    // setState wraps setHeld with this render's quickArgs, the same arguments this effect runs for.
  }, [key, command, quickArgs, fullArgs, quickPriority, fullPriority]);

  if (held.args !== quickArgs) return { status: 'loading', data: held.data, refined: false };
  const { args: _answered, ...state } = held;
  return state as EngineState<R>;
}
