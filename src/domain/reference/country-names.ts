/**
 * Country names as site lists spell them, mapped to ISO 3166-1 alpha-2 codes: the ISO 3166 short
 * names ("Korea, Republic of", "Viet Nam"), the names ClinicalTrials.gov uses in its location
 * fields ("Russian Federation", "Iran, Islamic Republic of", "Korea, Republic of", "Turkey"), and
 * common English names and abbreviations ("UK", "USA", "South Korea", "Holland"). Kept as an
 * explicit table rather than Intl.DisplayNames so that the same file maps the same way in every
 * browser and in Node (ICU versions differ in their region names).
 */
const NAMES: Record<string, readonly string[]> = {
  US: ['United States', 'United States of America', 'USA', 'U.S.A.', 'U.S.', 'America'],
  CA: ['Canada'],
  MX: ['Mexico', 'México'],
  BR: ['Brazil', 'Brasil'],
  AR: ['Argentina'],
  CL: ['Chile'],
  CO: ['Colombia'],
  PE: ['Peru', 'Perú'],
  GB: [
    'United Kingdom',
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  IE: ['Ireland', 'Republic of Ireland', 'Eire'],
  FR: ['France'],
  DE: ['Germany', 'Deutschland'],
  IT: ['Italy', 'Italia'],
  ES: ['Spain', 'España'],
  NL: ['Netherlands', 'The Netherlands', 'Holland', 'Netherlands, Kingdom of the'],
  BE: ['Belgium'],
  DK: ['Denmark'],
  SE: ['Sweden'],
  FI: ['Finland'],
  NO: ['Norway'],
  AT: ['Austria'],
  PT: ['Portugal'],
  GR: ['Greece'],
  CH: ['Switzerland'],
  CZ: ['Czechia', 'Czech Republic'],
  HU: ['Hungary'],
  RO: ['Romania'],
  BG: ['Bulgaria'],
  PL: ['Poland'],
  RS: ['Serbia'],
  UA: ['Ukraine'],
  GE: ['Georgia'],
  TR: ['Türkiye', 'Turkey', 'Turkiye'],
  IL: ['Israel'],
  ZA: ['South Africa'],
  EG: ['Egypt'],
  CN: ['China', "People's Republic of China", 'PRC', 'Mainland China'],
  JP: ['Japan'],
  KR: ['South Korea', 'Korea, Republic of', 'Republic of Korea', 'Korea', 'Korea (South)'],
  TW: ['Taiwan', 'Taiwan, Province of China', 'Chinese Taipei', 'Republic of China'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR China'],
  SG: ['Singapore'],
  MY: ['Malaysia'],
  TH: ['Thailand'],
  VN: ['Vietnam', 'Viet Nam'],
  PH: ['Philippines'],
  IN: ['India'],
  AU: ['Australia'],
  NZ: ['New Zealand'],
  SK: ['Slovakia', 'Slovak Republic'],
  SI: ['Slovenia'],
  HR: ['Croatia'],
  LT: ['Lithuania'],
  LV: ['Latvia'],
  EE: ['Estonia'],
  LU: ['Luxembourg'],
  CY: ['Cyprus'],
  MT: ['Malta'],
  IS: ['Iceland'],
  LI: ['Liechtenstein'],
  // Frequent in ClinicalTrials.gov records, without reference data here (recognised so that the
  // refusal can name the country rather than call the name unknown).
  RU: ['Russian Federation', 'Russia'],
  BY: ['Belarus'],
  IR: ['Iran, Islamic Republic of', 'Iran'],
  MD: ['Moldova, Republic of', 'Moldova'],
  KZ: ['Kazakhstan'],
  SA: ['Saudi Arabia'],
  AE: ['United Arab Emirates', 'UAE'],
  ID: ['Indonesia'],
  PK: ['Pakistan'],
  TN: ['Tunisia'],
  MA: ['Morocco'],
  LB: ['Lebanon'],
  JO: ['Jordan'],
  BA: ['Bosnia and Herzegovina'],
  MK: ['North Macedonia', 'Macedonia, The Former Yugoslav Republic of', 'Macedonia'],
  VE: ['Venezuela', 'Venezuela, Bolivarian Republic of'],
  BO: ['Bolivia', 'Bolivia, Plurinational State of'],
  EC: ['Ecuador'],
  GT: ['Guatemala'],
  PA: ['Panama'],
  CR: ['Costa Rica'],
  DO: ['Dominican Republic'],
  PR: ['Puerto Rico'],
  UY: ['Uruguay'],
  PY: ['Paraguay'],
  NG: ['Nigeria'],
  KE: ['Kenya'],
  TZ: ['Tanzania', 'Tanzania, United Republic of'],
};

/** Lower case, accents and punctuation dropped, spaces collapsed: "Korea, Republic of" → "korea republic of". */
export function normaliseCountryName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES))
  for (const name of names) BY_NAME.set(normaliseCountryName(name), code);

export interface CountryMatch {
  iso2: string;
  /** How the cell was read: already an ISO code, or a name from the table above. */
  how: 'code' | 'name';
}

/**
 * The ISO code a site list's country cell means, or null when it is neither a two-letter code
 * nor a name in the table. A two-letter cell is taken as a code ("UK" is the one common
 * exception: not an ISO code, it means GB).
 */
export function resolveCountry(cell: string): CountryMatch | null {
  const text = cell.trim();
  if (text === '') return null;
  if (/^[A-Za-z]{2}$/.test(text) && text.toUpperCase() !== 'UK')
    return { iso2: text.toUpperCase(), how: 'code' };
  const code = BY_NAME.get(normaliseCountryName(text));
  return code ? { iso2: code, how: 'name' } : null;
}
