import { investigatorSchema, siteSchema, withSitesAdded } from '../../domain/workspace/index';
import type { Investigator, Site } from '../../domain/workspace/index';
import { friendlyIssueMessage } from '../../domain/friendly-issue';
import { applyImport, type SiteBatch } from '../../domain/workspace/apply-site-batch';
import { useAppStore } from '../store';

/** The first validation message of a candidate, or null when it is valid. */
function problem(result: {
  success: boolean;
  error?: { issues: { code: string; message: string }[] };
}): string | null {
  const issue = result.error?.issues[0];
  return result.success ? null : issue ? friendlyIssueMessage(issue) : 'Invalid value';
}

/** Would this patch make a valid site? Returns the reason it is refused, or null. */
export function checkSitePatch(site: Site, patch: Partial<Site>): string | null {
  return problem(siteSchema.safeParse({ ...site, ...patch }));
}

/** Would this patch make a valid PI? Returns the reason it is refused, or null. */
export function checkInvestigatorPatch(pi: Investigator, patch: Partial<Investigator>): string | null {
  return problem(investigatorSchema.safeParse({ ...pi, ...patch }));
}

/** Edits one site (one undo step). Invalid patches are refused: the reason is returned, nothing stored. */
export function updateSite(id: string, patch: Partial<Site>): string | null {
  return updateSites([id], patch);
}

/** Applies the same patch to several sites, all or nothing (bulk edit; one undo step). */
export function updateSites(ids: readonly string[], patch: Partial<Site>): string | null {
  const { workspace, editWorkspace } = useAppStore.getState();
  const wanted = new Set(ids);
  const next: Site[] = [];
  for (const site of workspace.sites) {
    if (!wanted.has(site.id)) continue;
    const parsed = siteSchema.safeParse({ ...site, ...patch });
    if (!parsed.success) return `${site.name}: ${problem(parsed)}`;
    next.push(parsed.data);
  }
  if (next.length === 0) return 'No such site';
  const byId = new Map(next.map((s) => [s.id, s]));
  editWorkspace((draft) => {
    draft.sites = draft.sites.map((s) => byId.get(s.id) ?? s);
  });
  return null;
}

/** Edits a PI; every site they lead shows the change (one undo step). */
export function updateInvestigator(id: string, patch: Partial<Investigator>): string | null {
  const { workspace, editWorkspace } = useAppStore.getState();
  const pi = workspace.investigators.find((p) => p.id === id);
  if (!pi) return 'No such investigator';
  const parsed = investigatorSchema.safeParse({ ...pi, ...patch });
  if (!parsed.success) return problem(parsed);
  editWorkspace((draft) => {
    const i = draft.investigators.findIndex((p) => p.id === id);
    if (i >= 0) draft.investigators[i] = parsed.data;
  });
  return null;
}

/** Removes sites and their places in scenarios, so the workspace stays consistent (one undo step). */
export function deleteSites(ids: readonly string[]): void {
  const gone = new Set(ids);
  useAppStore.getState().editWorkspace((draft) => {
    draft.sites = draft.sites.filter((s) => !gone.has(s.id));
    for (const scenario of draft.scenarios) {
      for (const country of scenario.countries)
        country.siteIds = country.siteIds.filter((id) => !gone.has(id));
    }
  });
}

/** Sets the optimism discount applied to sites' self-estimates (0–0.95). */
export function setOptimismDiscount(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value > 0.95) return 'The discount runs from 0% to 95%';
  useAppStore.getState().editWorkspace((draft) => void (draft.settings.optimismDiscount = value));
  return null;
}

/**
 * Applies a validated import all-or-nothing (one undo step) and says what happened. The new sites
 * (not updated ones) also join the scenarios in `scenarioIds` as named sites, in the same step.
 * Returns true when the sites were added.
 */
export function applySiteImport(
  result: SiteBatch & {
    counts: { newSites: number; updatedSites: number; newPis: number; updatedPis: number };
  },
  scenarioIds: readonly string[] = [],
): boolean {
  const { workspace, replaceWorkspace, notify } = useAppStore.getState();
  const applied = applyImport(workspace, result);
  if (!applied.ok) {
    notify({ tone: 'error', title: 'Import not applied; nothing was changed', details: applied.reasons });
    return false;
  }
  const existing = new Set(workspace.sites.map((s) => s.id));
  const newIds = result.sites.filter((s) => !existing.has(s.id)).map((s) => s.id);
  const targets = workspace.scenarios.filter((s) => scenarioIds.includes(s.id));
  replaceWorkspace(targets.reduce((ws, s) => withSitesAdded(ws, s.id, newIds), applied.workspace));
  const c = result.counts;
  const into =
    targets.length > 0 && newIds.length > 0
      ? ` New sites added to ${targets.map((s) => `“${s.name}”`).join(', ')}.`
      : ' New sites are in no scenario yet.';
  notify({
    tone: 'success',
    title: `Imported ${c.newSites} new and ${c.updatedSites} updated site(s); ${c.newPis} new and ${c.updatedPis} updated PI(s).${newIds.length > 0 ? into : ''}`,
  });
  return true;
}
