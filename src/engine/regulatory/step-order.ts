import type { ClockStepSpec } from './types';

/**
 * Each step with the ids it waits for, in an order where predecessors come first.
 * Throws a readable error on an unknown predecessor id, a duplicate id or a cycle.
 */
export function orderSteps(steps: readonly ClockStepSpec[]): { step: ClockStepSpec; after: string[] }[] {
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.id)) throw new Error(`step id "${step.id}" appears twice`);
    ids.add(step.id);
  }
  const withPredecessors = steps.map((step, index) => {
    const previous = index > 0 ? steps[index - 1] : undefined;
    const after = step.after ?? (previous ? [previous.id] : []);
    for (const id of after) {
      if (!ids.has(id)) throw new Error(`step "${step.id}" waits for unknown step "${id}"`);
    }
    return { step, after };
  });
  const ordered: typeof withPredecessors = [];
  const done = new Set<string>();
  let pending = withPredecessors;
  while (pending.length > 0) {
    const ready = pending.filter((entry) => entry.after.every((id) => done.has(id)));
    if (ready.length === 0) {
      throw new Error(`steps wait for each other in a cycle: ${pending.map((e) => e.step.id).join(', ')}`);
    }
    for (const entry of ready) {
      ordered.push(entry);
      done.add(entry.step.id);
    }
    pending = pending.filter((entry) => !done.has(entry.step.id));
  }
  return ordered;
}
