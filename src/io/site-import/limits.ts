/** Largest import accepted: 20 MB. A 10,000-site list is ~2 MB, so this leaves a wide margin. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The reason a file of `bytes` bytes is refused, or null when it is small enough. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `File is ${mb} MB; the limit is 20 MB. Split the site list into smaller files or remove unused columns.`;
}
