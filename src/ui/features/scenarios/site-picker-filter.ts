import type { SiteRow } from '../sites/prior-inputs';

export interface SitePickerFilter {
  /** Matches site name, id, city or PI name (case-insensitive). */
  text: string;
  /** ISO2, or '' for every country. */
  country: string;
  /** Minimum prior mean rate, patients/month; NaN or undefined = no limit. */
  minPrior?: number | undefined;
  /** Minimum trials the PI has run in the area; NaN or undefined = no limit. */
  minPiTrials?: number | undefined;
}

const set = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/**
 * The rows a site picker shows. The prior is read (and so computed) only when the prior filter is
 * set, because rows compute it lazily (see buildSiteRows). A site without a prior fails a prior
 * filter; a site without a PI fails a PI-experience filter.
 */
export function filterSiteRows(rows: readonly SiteRow[], f: SitePickerFilter): SiteRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.country && r.site.country !== f.country) return false;
    if (
      text &&
      ![r.site.name, r.site.id, r.site.city, r.pi?.name ?? ''].some((v) => v.toLowerCase().includes(text))
    )
      return false;
    if (set(f.minPiTrials) && !((r.pi?.trialsInArea ?? -1) >= f.minPiTrials)) return false;
    if (set(f.minPrior) && !((r.prior?.mean ?? -1) >= f.minPrior)) return false;
    return true;
  });
}
