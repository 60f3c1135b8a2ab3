import namesByRegion from '../../../data/ctgov/country-names.json';
import type { Region } from '../../domain/reference/country';

/**
 * ClinicalTrials.gov country names (as they appear in the 2016 extract) → ISO 3166-1 alpha-2 and
 * the planner's region. Regions follow data/reference/countries.json for the 60 reference
 * countries; the others are placed by geography. Withdrawn codes: CS = Serbia and Montenegro,
 * YU = Yugoslavia (ISO 3166-3), kept because the registry still lists them. The table is data
 * (data/ctgov/country-names.json, country names by region).
 */
export const CTGOV_COUNTRIES: Record<string, { iso2: string; region: Region }> = Object.fromEntries(
  Object.entries(namesByRegion as Record<Region, Record<string, string>>).flatMap(([region, names]) =>
    Object.entries(names).map(([name, iso2]) => [name, { iso2, region: region as Region }]),
  ),
);
