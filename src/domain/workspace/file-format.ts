import type { z } from 'zod';
import { compactJsonText } from './compact-json';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT, migrateToCurrent } from './migrations';
import { workspaceSchema, type Workspace } from './workspace';
import { formatPath } from '../json-path';

/** One problem found in a file: where (file, JSON path or row/field) and why, in plain words. */
export interface FileProblem {
  file: string;
  /** JSON path such as "workspace.study.targetRandomised" ("" for the whole file). */
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; workspace: Workspace; migratedFrom?: number } | { ok: false; problems: FileProblem[] };

export { formatPath };

export function zodProblems(file: string, error: z.ZodError, prefix = ''): FileProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path, prefix),
    message: issue.message,
  }));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The one size limit of a workspace (UTF-8 bytes; a 10,000-site workspace is ~5 MB): Open…
 * refuses a larger file, and autosave and "Save file" refuse to write one, so whatever is saved
 * can be opened again (issue #14 defect 5).
 */
export const MAX_WORKSPACE_FILE_BYTES = 50 * 1024 * 1024;

/**
 * UTF-8 size of a workspace's text, the size Open… checks (File.size). Counting every character is
 * only needed near the limit: a character is at most 3 UTF-8 bytes per UTF-16 unit.
 */
export function workspaceTextBytes(text: string, limit = MAX_WORKSPACE_FILE_BYTES): number {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

/** "12.3 MB", as the size messages give it. */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Parses, migrates and validates a workspace file's text. Never throws: every failure comes back
 * as problems naming the file and the JSON path, so the caller can refuse the file and leave the
 * current workspace untouched.
 */
export function parseWorkspaceFile(text: string, file = 'workspace.json'): ParseResult {
  const fail = (path: string, message: string): ParseResult => ({
    ok: false,
    problems: [{ file, path, message }],
  });
  if (text.length > MAX_WORKSPACE_FILE_BYTES) {
    return fail(
      '',
      `File is larger than ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MB; not a workspace file.`,
    );
  }
  let doc: unknown;
  try {
    // A byte-order mark (Windows editors add one) is not part of the JSON; the browser's
    // File.text() drops it, so the CLI must too (issue #14: `mrct validate` refused such files).
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(doc)) return fail('', 'Expected a JSON object describing a workspace.');
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'schemaVersion',
      'Missing or invalid schemaVersion: this is not an MRCT Planner workspace file.',
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      `Schema version ${version} was written by a newer MRCT Planner (this one reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  if (version >= 2 && doc.format !== WORKSPACE_FORMAT) {
    return fail('format', `Expected format "${WORKSPACE_FORMAT}".`);
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateToCurrent(doc, version);
  } catch (error) {
    return fail('schemaVersion', error instanceof Error ? error.message : String(error));
  }
  const parsed = workspaceSchema.safeParse(migrated.workspace);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error, 'workspace') };
  return version < CURRENT_SCHEMA_VERSION
    ? { ok: true, workspace: parsed.data, migratedFrom: version }
    : { ok: true, workspace: parsed.data };
}

/** Serialises a workspace in the current file format. */
export function serializeWorkspace(workspace: Workspace, savedAt = new Date().toISOString()): string {
  return JSON.stringify(
    { format: WORKSPACE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, savedAt, workspace },
    null,
    2,
  );
}

/**
 * The text saved for a workspace (file or browser storage) and its UTF-8 size. Indented as usual;
 * when that would pass `limit`, without indentation (the same JSON, often half the size), so that
 * everything Open… accepts can be saved again. `bytes` over `limit`: too large to save at all.
 */
export function serializeWorkspaceWithin(
  workspace: Workspace,
  limit = MAX_WORKSPACE_FILE_BYTES,
  savedAt?: string,
): { text: string; bytes: number } {
  const indented = serializeWorkspace(workspace, savedAt);
  const bytes = workspaceTextBytes(indented, limit);
  if (bytes <= limit) return { text: indented, bytes };
  const text = compactJsonText(indented);
  return { text, bytes: workspaceTextBytes(text, limit) };
}
