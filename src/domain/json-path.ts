/**
 * A zod issue path as a JSON path: dotted keys, [index] for arrays (`siteGroups[0].rate`). One
 * formatter for every boundary, so the CLI, Open… and share links name a problem the same way.
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    // A record key is user text: a 1 MB key must not come back whole in the path (issue #14).
    const text = String(key).length > 64 ? `${String(key).slice(0, 64)}…` : String(key);
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${text}` : text;
  }
  return out;
}
