import { z } from 'zod';
import { authoritySchema } from './authority';
import { countrySchema } from './country';
import { fxFileSchema, metaSchema, type FxRate } from './fx';
import { pathwaySchema } from './pathway';
import { therapeuticAreasFileSchema } from './therapeutic-area';

export const referenceFilesSchema = z.object({
  authorities: z.array(authoritySchema),
  pathways: z.array(pathwaySchema),
  countries: z.array(countrySchema),
  therapeuticAreas: therapeuticAreasFileSchema,
  fx: fxFileSchema,
  meta: metaSchema,
});
export type ReferenceFiles = z.infer<typeof referenceFilesSchema>;

/** A country as loaded: the JSON record plus its FX rate resolved from fx.json by currency. */
export type ReferenceCountry = ReferenceFiles['countries'][number] & { fx: FxRate };
export type ReferenceData = Omit<ReferenceFiles, 'countries'> & { countries: ReferenceCountry[] };

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * Validates the raw data files and their cross-references (ids unique; every country's
 * authority, pathways and currency exist; every pathway's authority exists and its appliesTo
 * includes the countries that use it). Throws an Error listing every problem.
 */
export function parseReferenceData(raw: Record<keyof ReferenceFiles, unknown>): ReferenceData {
  const parsed = referenceFilesSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Reference data is invalid:\n${lines.join('\n')}`);
  }
  return linkReferenceData(parsed.data);
}

/**
 * The cross-reference checks of `parseReferenceData` alone, on files already of the schema's
 * shape, and each country joined to its FX rate. The bundled files take this path at start-up
 * (their schema check ran ~0.1 s per start): tests/unit/domain/reference/bundled-files.test.ts
 * parses every bundled file with its schema and requires the result to equal the file.
 */
export function linkReferenceData(d: ReferenceFiles): ReferenceData {
  const problems: string[] = [];
  const dupe = (label: string, ids: string[]) =>
    duplicates(ids).forEach((id) => problems.push(`duplicate ${label} "${id}"`));
  const keyed: Array<[string, string[]]> = [
    ['authority id', d.authorities.map((a) => a.id)],
    ['pathway id', d.pathways.map((p) => p.id)],
    ['country iso2', d.countries.map((c) => c.iso2)],
    ['therapeutic area id', d.therapeuticAreas.areas.map((a) => a.id)],
  ];
  for (const [label, ids] of keyed) dupe(label, ids);
  const authorityIds = new Set(d.authorities.map((a) => a.id));
  const pathways = new Map(d.pathways.map((p) => [p.id, p]));
  for (const p of d.pathways) {
    if (!authorityIds.has(p.authorityId))
      problems.push(`pathway "${p.id}": unknown authority "${p.authorityId}"`);
  }
  const countries: ReferenceCountry[] = [];
  for (const c of d.countries) {
    if (!authorityIds.has(c.authorityId))
      problems.push(`country ${c.iso2}: unknown authority "${c.authorityId}"`);
    for (const id of c.pathwayIds) {
      const p = pathways.get(id);
      if (!p) problems.push(`country ${c.iso2}: unknown pathway "${id}"`);
      else {
        if (p.authorityId !== c.authorityId)
          problems.push(`country ${c.iso2}: pathway "${id}" belongs to "${p.authorityId}"`);
        if (!p.appliesTo.includes(c.iso2))
          problems.push(`country ${c.iso2}: pathway "${id}" does not list it in appliesTo`);
      }
    }
    const fx = d.fx.rates[c.currency];
    if (!fx) problems.push(`country ${c.iso2}: no FX rate for currency ${c.currency}`);
    else countries.push({ ...c, fx });
  }
  if (problems.length > 0) throw new Error(`Reference data is inconsistent:\n  ${problems.join('\n  ')}`);
  return { ...d, countries };
}
