import { filingMarketSchema, newId, type FilingMarket } from '../../domain/workspace/index';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

export type FilingMarketDraft = Omit<FilingMarket, 'id'>;

function problemOf(market: FilingMarket): string | null {
  const parsed = filingMarketSchema.safeParse(market);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field =
    issue?.path[0] === 'minShare'
      ? 'Minimum share'
      : issue?.path[0] === 'countries'
        ? 'Countries'
        : issue?.path[0] === 'label'
          ? 'Name'
          : 'Basis';
  return `${field}: ${issue?.message ?? 'invalid'}`;
}

/** Adds a filing market (one undo step); returns the reason when refused, else null. */
export function addFilingMarket(draft: FilingMarketDraft): string | null {
  const market: FilingMarket = { id: newId('FM'), ...draft, countries: [...new Set(draft.countries)] };
  const problem = problemOf(market);
  if (problem) return problem;
  if (state().workspace.filingMarkets.some((m) => m.label === market.label))
    return `Name: a filing market called “${market.label}” already exists`;
  state().editWorkspace((ws) => void ws.filingMarkets.push(market));
  return null;
}

/** Changes a filing market (one undo step); returns the reason when refused (nothing stored). */
export function updateFilingMarket(id: string, patch: Partial<FilingMarketDraft>): string | null {
  const current = state().workspace.filingMarkets.find((m) => m.id === id);
  if (!current) return 'This filing market no longer exists';
  const next: FilingMarket = {
    ...current,
    ...patch,
    ...(patch.countries ? { countries: [...new Set(patch.countries)] } : {}),
  };
  const problem = problemOf(next);
  if (problem) return problem;
  state().editWorkspace((ws) => {
    const i = ws.filingMarkets.findIndex((m) => m.id === id);
    if (i >= 0) ws.filingMarkets[i] = next;
  });
  return null;
}

export function removeFilingMarket(id: string): void {
  state().editWorkspace((ws) => void (ws.filingMarkets = ws.filingMarkets.filter((m) => m.id !== id)));
}
