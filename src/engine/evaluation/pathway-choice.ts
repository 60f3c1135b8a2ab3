import type { Pathway, ReferenceCountry } from '../../domain/reference/index';
import { getPathway } from '../../domain/reference/index';

/** Is the pathway in force on the given date (e.g. MHRA's regime changed on 28 Apr 2026)? */
export function pathwayValidOn(pathway: Pathway, date: string): boolean {
  return (!pathway.validFrom || pathway.validFrom <= date) && (!pathway.validTo || date <= pathway.validTo);
}

/**
 * The pathway a country's clock runs on: the user's choice if set, else the first of the
 * country's pathways in force on the submission date, else its first pathway.
 */
export function choosePathway(country: ReferenceCountry, submission: string, chosenId?: string): Pathway {
  const chosen = chosenId ? getPathway(chosenId) : undefined;
  if (chosen) return chosen;
  const candidates = country.pathwayIds
    .map((id) => getPathway(id))
    .filter((p): p is Pathway => p !== undefined);
  const inForce = candidates.find((p) => pathwayValidOn(p, submission));
  const pathway = inForce ?? candidates[0];
  if (!pathway) throw new Error(`Country ${country.iso2} has no known pathway`);
  return pathway;
}
