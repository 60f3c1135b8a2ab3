/** Fields a site list can fill; `pi*` fields describe the site's principal investigator. */
export const IMPORT_FIELDS = [
  { key: 'id', label: 'Site id', aliases: ['id', 'siteid', 'sitenumber', 'siteno', 'sitecode'] },
  { key: 'name', label: 'Site name', aliases: ['name', 'sitename', 'site', 'institution', 'hospital'] },
  {
    key: 'country',
    label: 'Country (ISO code or name)',
    aliases: ['country', 'countrycode', 'iso2', 'iso', 'countryname', 'locationcountry', 'nation'],
  },
  { key: 'city', label: 'City', aliases: ['city', 'town'] },
  { key: 'siteType', label: 'Site type', aliases: ['sitetype', 'type'] },
  {
    key: 'selfEstimatePerMonth',
    label: 'Site estimate (patients/month)',
    aliases: [
      'selfestimatepermonth',
      'selfestimate',
      'siteestimate',
      'estimatepermonth',
      'feasibilityestimate',
      'estimatedpatientspermonth',
      'siteestimatepermonth',
      'siteestimatedpatientspermonth',
      'feasibilityestimatepermonth',
    ],
  },
  {
    key: 'competingTrials',
    label: 'Competing trials',
    aliases: ['competingtrials', 'competing', 'competingstudies'],
  },
  {
    key: 'lastStartupDays',
    label: 'Last start-up (days)',
    aliases: ['laststartupdays', 'startupdays', 'laststartup', 'activationdays'],
  },
  { key: 'capPatients', label: 'Patient cap', aliases: ['cappatients', 'cap', 'maxpatients', 'capacity'] },
  {
    key: 'qualityFlags',
    label: 'Site quality flags',
    aliases: ['qualityflags', 'siteflags', 'flags', 'sitequalityflags'],
  },
  { key: 'piId', label: 'PI id', aliases: ['piid', 'investigatorid'] },
  {
    key: 'piName',
    label: 'PI name',
    aliases: ['piname', 'pi', 'investigator', 'principalinvestigator', 'investigatorname'],
  },
  { key: 'piSpecialty', label: 'PI specialty', aliases: ['pispecialty', 'specialty', 'speciality'] },
  {
    key: 'piTrialsInArea',
    label: 'PI trials in area',
    aliases: [
      'pitrialsinarea',
      'trialsinarea',
      'pitrials',
      'trialsinta',
      'priortrials',
      'piprevioustrials',
      'previoustrials',
      'pipriortrials',
      'numberofpriortrials',
      'trialexperience',
    ],
  },
  {
    key: 'piPastEnrollmentPerMonth',
    label: 'PI past enrolment (patients/month)',
    aliases: [
      'pipastenrollmentpermonth',
      'pastenrollmentpermonth',
      'pipastenrolmentpermonth',
      'pastenrolmentpermonth',
      'pirate',
      'pastenrollment',
      'pastenrolment',
      'pipastenrollment',
      'pipastenrolment',
      'pipastenrollmentrate',
      'pastenrollmentrate',
      'historicalenrollment',
      'historicalenrollmentpermonth',
    ],
  },
  {
    key: 'piQualityFlags',
    label: 'PI quality flags',
    aliases: ['piqualityflags', 'piflags', 'inspectionfindings'],
  },
] as const;

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];

/** Which source column (index) feeds each field; null = not imported. */
export type ColumnMapping = Record<ImportFieldKey, number | null>;

export const REQUIRED_FIELDS: readonly ImportFieldKey[] = ['name', 'country'];

const normalise = (h: string) =>
  h
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

/**
 * Second-chance rules for headers no alias matches, by the words they contain (after
 * normalising): "PI past enrollment (pts/mo)" or "Site's own estimate" are obvious to a reader.
 * Tried in this order, each only on columns still unused.
 */
const KEYWORD_RULES: readonly { key: ImportFieldKey; test: (h: string) => boolean }[] = [
  { key: 'piPastEnrollmentPerMonth', test: (h) => /(past|historic|previous)/.test(h) && /enrol/.test(h) },
  { key: 'selfEstimatePerMonth', test: (h) => /estimate/.test(h) && !/startup|cost/.test(h) },
  {
    key: 'piTrialsInArea',
    test: (h) => /(prior|previous|past)/.test(h) && /trials?/.test(h) && !/competing/.test(h),
  },
  { key: 'competingTrials', test: (h) => /competing/.test(h) },
  { key: 'lastStartupDays', test: (h) => /startup|activation/.test(h) && /day/.test(h) },
];

/**
 * Maps headers to fields by name (case, spaces and punctuation ignored), then by the words a header
 * contains; each column is used once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<number>();
  const normalised = headers.map(normalise);
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = normalised.findIndex(
      (h, i) => !used.has(i) && (field.aliases as readonly string[]).includes(h),
    );
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  for (const rule of KEYWORD_RULES) {
    if (mapping[rule.key] !== null) continue;
    const index = normalised.findIndex((h, i) => !used.has(i) && rule.test(h));
    if (index >= 0) {
      mapping[rule.key] = index;
      used.add(index);
    }
  }
  return mapping;
}

/**
 * The guessed mapping of a newly chosen file with the user's own choices on the previous file
 * carried over: a field the user mapped to a header keeps that header when the new file has it
 * (wherever the column moved), and a field they set to "not imported" stays so.
 */
export function carryOverMapping(
  headers: readonly string[],
  manual: Partial<Record<ImportFieldKey, string | null>>,
): { mapping: ColumnMapping; kept: number } {
  const mapping = guessMapping(headers);
  let kept = 0;
  for (const [key, header] of Object.entries(manual) as [ImportFieldKey, string | null][]) {
    if (header === null) {
      mapping[key] = null;
      kept++;
      continue;
    }
    const index = headers.indexOf(header);
    if (index < 0) continue;
    for (const other of Object.keys(mapping) as ImportFieldKey[])
      if (mapping[other] === index) mapping[other] = null;
    mapping[key] = index;
    kept++;
  }
  return { mapping, kept };
}

export function fieldLabel(key: ImportFieldKey): string {
  return IMPORT_FIELDS.find((f) => f.key === key)?.label ?? key;
}

/** Every site field an import file can carry, in the template's column order. */
export const SITE_FIELDS = [
  'id',
  'name',
  'country',
  'city',
  'siteType',
  'selfEstimatePerMonth',
  'competingTrials',
  'lastStartupDays',
  'capPatients',
  'qualityFlags',
] as const;
