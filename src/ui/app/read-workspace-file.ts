import { MAX_WORKSPACE_FILE_BYTES, type ParseResult } from '../../domain/workspace/index';
import { parseWorkspaceOffMainThread } from '../../worker/parse-workspace';

/** Reads a user-chosen file and parses it as a workspace (in a worker); never throws. */
export async function readWorkspaceFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_WORKSPACE_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          path: '',
          message: `File is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MB.`,
        },
      ],
    };
  }
  try {
    return await parseWorkspaceOffMainThread(await file.text(), file.name);
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: file.name, path: '', message: `Could not read the file: ${String(error)}` }],
    };
  }
}
