/**
 * Results of engine commands, shared by every screen: Scenarios, Compare, Overview and Report ask
 * for the same evaluations, and going back to a screen should not recompute them. A request is
 * identified by its command and arguments; a workspace argument by its identity (every edit makes
 * a new workspace object, so identity is the workspace's revision), everything else by value.
 * Least recently used entries are dropped beyond `capacity`.
 */
export class ResultCache {
  private readonly entries = new Map<string, unknown>();
  private readonly revisions = new WeakMap<object, number>();
  private nextRevision = 1;

  constructor(private readonly capacity = 48) {}

  /** The cache key of a request, or undefined when an argument cannot be keyed (then: no caching). */
  keyOf(command: string, args: readonly unknown[]): string | undefined {
    try {
      return `${command}(${args.map((a) => this.keyOfArg(a)).join(',')})`;
    } catch {
      return undefined;
    }
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): unknown {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value); // most recently used last
    }
    return value;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  private keyOfArg(arg: unknown): string {
    if (isWorkspaceLike(arg)) {
      let revision = this.revisions.get(arg);
      if (revision === undefined) {
        revision = this.nextRevision++;
        this.revisions.set(arg, revision);
      }
      return `ws#${revision}`;
    }
    return JSON.stringify(arg) ?? 'undefined';
  }
}

/** Workspaces are compared by identity: they are large, and edits always make new objects. */
export function isWorkspaceLike(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    'sites' in value &&
    'scenarios' in value &&
    'study' in value
  );
}
