import { serializeWorkspace, type Workspace } from '../domain/workspace/index';

/** Array elements stringified per slice; ~500 sites take a few ms. */
const SLICE = 500;
/** Arrays shorter than this are stringified with the rest of the file. */
const SLICE_FROM = 1000;

/** Lets the browser run other tasks (input, paint) between slices. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same text as serializeWorkspace (byte for byte), built slice by slice: the large arrays
 * (sites, investigators, scenarios, actuals rows) are stringified a few hundred elements per
 * task, with `yieldToBrowser` between slices. JSON.stringify of a 10,000-site workspace is one
 * 150–250 ms main-thread task (the autosave after every edit); in slices no task exceeds a few
 * tens of ms (issue 18, the scale test's 200 ms limit).
 */
export async function serializeWorkspaceInSlices(
  workspace: Workspace,
  savedAt = new Date().toISOString(),
  yieldToBrowser: () => Promise<void> = nextTask,
): Promise<string> {
  const nonce = `\u0000slice-${Math.random().toString(36).slice(2)}-`;
  const big: { marker: string; items: readonly unknown[]; depth: number }[] = [];
  const mark = (items: readonly unknown[], depth: number): unknown => {
    if (items.length < SLICE_FROM) return items;
    const marker = `${nonce}${big.length}`;
    big.push({ marker, items, depth });
    return marker;
  };
  // Nesting of each array in the file: workspace.<array> is at level 2, workspace.actuals.rows at 3.
  const shell: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(workspace))
    shell[key] = Array.isArray(value) ? mark(value, 2) : value;
  if (workspace.actuals) shell.actuals = { ...workspace.actuals, rows: mark(workspace.actuals.rows, 3) };
  let text = serializeWorkspace(shell as Workspace, savedAt);
  for (const { marker, items, depth } of big) {
    const pad = '  '.repeat(depth + 1);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i += SLICE) {
      await yieldToBrowser();
      for (const item of items.slice(i, i + SLICE))
        // Strings in JSON hold no raw newline, so re-indenting every newline is safe.
        parts.push(pad + JSON.stringify(item, null, 2).replace(/\n/g, `\n${pad}`));
    }
    const array = `[\n${parts.join(',\n')}\n${'  '.repeat(depth)}]`;
    text = text.replace(JSON.stringify(marker), () => array);
  }
  return text;
}
