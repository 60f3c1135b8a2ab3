import type { Investigator, Site } from './sites';
import { workspaceSchema, type Workspace } from './workspace';

/** A validated batch of sites and PIs to add or replace (what a site import produces). */
export interface SiteBatch {
  ok: boolean;
  sites: Site[];
  investigators: Investigator[];
  issues: readonly unknown[];
}

export type ApplyResult = { ok: true; workspace: Workspace } | { ok: false; reasons: string[] };

/**
 * All-or-nothing: builds the workspace with the imported sites and PIs added (or replaced by id)
 * and re-validates the whole workspace. Any problem → nothing changes.
 */
export function applyImport(workspace: Workspace, result: SiteBatch): ApplyResult {
  if (!result.ok)
    return { ok: false, reasons: [`The import has ${result.issues.length} problem(s); nothing was added.`] };
  const next = structuredClone(workspace);
  const siteIndex = new Map(next.sites.map((s, i) => [s.id, i]));
  for (const site of result.sites) {
    const i = siteIndex.get(site.id);
    if (i === undefined) next.sites.push(site);
    else next.sites[i] = site;
  }
  const piIndex = new Map(next.investigators.map((p, i) => [p.id, i]));
  for (const pi of result.investigators) {
    const i = piIndex.get(pi.id);
    if (i === undefined) next.investigators.push(pi);
    else next.investigators[i] = pi;
  }
  const checked = workspaceSchema.safeParse(next);
  if (!checked.success)
    return {
      ok: false,
      reasons: checked.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  return { ok: true, workspace: checked.data };
}
