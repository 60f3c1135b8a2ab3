/** Fields a site list can fill; `pi*` fields describe the site's principal investigator. */
export const IMPORT_FIELDS = [
  { key: 'id', label: 'Site id', aliases: ['id', 'siteid', 'sitenumber', 'siteno', 'sitecode'] },
  { key: 'name', label: 'Site name', aliases: ['name', 'sitename', 'site', 'institution', 'hospital'] },
  { key: 'country', label: 'Country (ISO code)', aliases: ['country', 'countrycode', 'iso2', 'iso'] },
  { key: 'city', label: 'City', aliases: ['city', 'town'] },
  { key: 'siteType', label: 'Site type', aliases: ['sitetype', 'type'] },
  { key: 'selfEstimatePerMonth', label: 'Site estimate (patients/month)', aliases: ['selfestimatepermonth', 'selfestimate', 'siteestimate', 'estimatepermonth', 'feasibilityestimate', 'estimatedpatientspermonth'] },
  { key: 'competingTrials', label: 'Competing trials', aliases: ['competingtrials', 'competing', 'competingstudies'] },
  { key: 'lastStartupDays', label: 'Last start-up (days)', aliases: ['laststartupdays', 'startupdays', 'laststartup', 'activationdays'] },
  { key: 'capPatients', label: 'Patient cap', aliases: ['cappatients', 'cap', 'maxpatients', 'capacity'] },
  { key: 'qualityFlags', label: 'Site quality flags', aliases: ['qualityflags', 'siteflags', 'flags', 'sitequalityflags'] },
  { key: 'piId', label: 'PI id', aliases: ['piid', 'investigatorid'] },
  { key: 'piName', label: 'PI name', aliases: ['piname', 'pi', 'investigator', 'principalinvestigator', 'investigatorname'] },
  { key: 'piSpecialty', label: 'PI specialty', aliases: ['pispecialty', 'specialty', 'speciality'] },
  { key: 'piTrialsInArea', label: 'PI trials in area', aliases: ['pitrialsinarea', 'trialsinarea', 'pitrials', 'trialsinta'] },
  { key: 'piPastEnrollmentPerMonth', label: 'PI past enrolment (patients/month)', aliases: ['pipastenrollmentpermonth', 'pastenrollmentpermonth', 'pipastenrolmentpermonth', 'pastenrolmentpermonth', 'pirate', 'pastenrollment', 'pastenrolment'] },
  { key: 'piQualityFlags', label: 'PI quality flags', aliases: ['piqualityflags', 'piflags', 'inspectionfindings'] },
] as const;

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];

/** Which source column (index) feeds each field; null = not imported. */
export type ColumnMapping = Record<ImportFieldKey, number | null>;

export const REQUIRED_FIELDS: readonly ImportFieldKey[] = ['name', 'country'];

const normalise = (h: string) => h.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/** Maps headers to fields by name (case, spaces and punctuation ignored); each column used once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<number>();
  const normalised = headers.map(normalise);
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = normalised.findIndex((h, i) => !used.has(i) && (field.aliases as readonly string[]).includes(h));
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}

export function fieldLabel(key: ImportFieldKey): string {
  return IMPORT_FIELDS.find((f) => f.key === key)?.label ?? key;
}
