import { investigatorSchema, siteSchema } from '../../domain/workspace/index';
import type { Investigator, Site } from '../../domain/workspace/index';
import { fieldLabel, REQUIRED_FIELDS, SITE_FIELDS } from './fields';
import { friendlyIssueMessage } from '../../domain/friendly-issue';
import type { ColumnMapping, ImportFieldKey } from './fields';
import type { ImportIssue, RawTable } from './types';
import { noteCountryName, readCountryCell, type CountryNameMapping } from './country-cell';
import { blankedFields, keepUnmapped, type BlankedField } from './update-merge';

export interface ImportOptions {
  /** Sites and PIs already in the workspace (for duplicates and PI matching). */
  existingSites: readonly Site[];
  existingInvestigators: readonly Investigator[];
  /** A row whose site id already exists: update that site, or report it as a duplicate. */
  onExistingId: 'update' | 'refuse';
  /** Country codes the planner knows; others are refused. Omit to accept any ISO-shaped code. */
  knownCountries?: ReadonlySet<string>;
}

export interface ImportResult {
  ok: boolean;
  /** Sites to add or replace (only meaningful when ok). */
  sites: Site[];
  /** PIs to add or replace (only meaningful when ok). */
  investigators: Investigator[];
  issues: ImportIssue[];
  /** Country cells given as names, with the ISO code each was read as. */
  countryNames: CountryNameMapping[];
  /** Updates that would empty a field that has a value today (the user confirms these first). */
  blanked: BlankedField[];
  counts: { rows: number; newSites: number; updatedSites: number; newPis: number; updatedPis: number };
}

const NUMERIC = new Set<ImportFieldKey>([
  'selfEstimatePerMonth',
  'competingTrials',
  'lastStartupDays',
  'capPatients',
  'piTrialsInArea',
  'piPastEnrollmentPerMonth',
]);
const LISTS = new Set<ImportFieldKey>(['qualityFlags', 'piQualityFlags']);
const PI_FIELD_OF: Record<string, ImportFieldKey> = {
  name: 'piName',
  specialty: 'piSpecialty',
  trialsInArea: 'piTrialsInArea',
  pastEnrollmentPerMonth: 'piPastEnrollmentPerMonth',
  qualityFlags: 'piQualityFlags',
};

const siteKey = (name: string, city: string, country: string) =>
  [name, city, country].map((s) => s.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase()
    .slice(0, 40);

/**
 * Validates every row of an imported site list with the workspace's zod schemas and reports
 * every problem (file, row, column, value, reason) — nothing is applied unless all rows pass.
 * Duplicates are a site id seen twice (or already in the workspace when `onExistingId` is
 * 'refuse') and the same name + city + country under two ids. PIs are matched by id, then by name;
 * PI attributes given on several rows must agree.
 */
export function validateImport(
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportOptions,
): ImportResult {
  const issues: ImportIssue[] = [];
  const file = table.fileName;
  const header = (key: ImportFieldKey) => {
    const i = mapping[key];
    return i === null ? fieldLabel(key) : (table.headers[i] ?? fieldLabel(key));
  };
  for (const key of REQUIRED_FIELDS) {
    if (mapping[key] === null)
      issues.push({
        kind: 'error',
        file,
        row: null,
        column: fieldLabel(key),
        value: null,
        reason: `Map a column to "${fieldLabel(key)}"; it is required.`,
      });
  }
  const empty = { rows: table.rows.length, newSites: 0, updatedSites: 0, newPis: 0, updatedPis: 0 };
  if (issues.length > 0)
    return { ok: false, sites: [], investigators: [], issues, countryNames: [], blanked: [], counts: empty };

  const existingById = new Map(options.existingSites.map((s) => [s.id, s]));
  const existingByKey = new Map(options.existingSites.map((s) => [siteKey(s.name, s.city, s.country), s]));
  const pis = new Map(options.existingInvestigators.map((p) => [p.id, { ...p }]));
  const piByName = new Map(options.existingInvestigators.map((p) => [p.name.trim().toLowerCase(), p.id]));
  const piSetBy = new Map<string, Map<string, { row: number; value: string }>>();
  const touchedPis = new Set<string>();
  const seenIds = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const sites: Site[] = [];
  const countryNames = new Map<string, CountryNameMapping>();
  const blanked: BlankedField[] = [];
  let generated = 0;

  table.rows.forEach((cells, index) => {
    const row = table.rowNumbers?.[index] ?? index + 2;
    const before = issues.length;
    const text = (key: ImportFieldKey) => {
      const i = mapping[key];
      return i === null ? '' : unNeutralise((cells[i] ?? '').trim());
    };
    // Fields already reported on this row: the schema's "Required" for a refused cell would only repeat it.
    const failed = new Set<ImportFieldKey>();
    const fail = (key: ImportFieldKey, reason: string, kind: ImportIssue['kind'] = 'error') => {
      if (kind === 'error') failed.add(key);
      issues.push({ kind, file, row, column: header(key), value: text(key), reason });
    };
    const value = (key: ImportFieldKey): unknown => {
      const raw = text(key);
      if (raw === '') return undefined;
      if (LISTS.has(key))
        return raw
          .split(/[;|]/)
          .map((s) => s.trim())
          .filter(Boolean);
      if (NUMERIC.has(key)) {
        const n = Number(raw);
        if (!Number.isFinite(n) || !/^-?\d*\.?\d+(e[+-]?\d+)?$/i.test(raw)) {
          fail(key, 'Not a number (use a dot for decimals, no units)');
          return undefined;
        }
        return n;
      }
      if (key === 'country') {
        const read = readCountryCell(raw, options.knownCountries);
        if (!read.ok) {
          fail(key, read.reason);
          return undefined;
        }
        if (read.viaName) noteCountryName(countryNames, raw, read.iso2);
        return read.iso2;
      }
      if (key === 'siteType') return raw.toLowerCase();
      return raw;
    };

    const draft: Record<string, unknown> = {};
    for (const f of SITE_FIELDS) {
      const v = value(f);
      if (v !== undefined) draft[f] = v;
    }
    if (draft.id === undefined)
      draft.id = `IMP-${String(draft.country ?? 'XX')}-${String(++generated).padStart(4, '0')}`;
    const existing = existingById.get(String(draft.id));
    const updating = existing !== undefined && options.onExistingId === 'update';
    // Duplicates are checked on the raw values, before the schema, so a row with both a bad value
    // and a duplicate id reports both in the same pass.
    const rawId = String(draft.id);
    const firstRow = seenIds.get(rawId);
    if (firstRow !== undefined) fail('id', `Duplicate: same site id as row ${firstRow}`, 'duplicate');
    else seenIds.set(rawId, row);
    if (existing && options.onExistingId === 'refuse')
      fail('id', `Duplicate: site id already in the workspace ("${existing.name}")`, 'duplicate');
    const key = siteKey(text('name'), text('city'), String(draft.country ?? text('country')));
    const keyRow = seenKeys.get(key);
    if (keyRow !== undefined)
      fail('name', `Duplicate: same name, city and country as row ${keyRow}`, 'duplicate');
    else seenKeys.set(key, row);
    const sameKey = existingByKey.get(key);
    if (sameKey && sameKey.id !== rawId)
      fail('name', `Duplicate: same name, city and country as existing site ${sameKey.id}`, 'duplicate');
    if (updating) keepUnmapped(draft, existing, mapping);

    // The principal investigator: by id, else by name, else a new PI.
    const piIdRaw = text('piId');
    const piName = text('piName');
    let piId: string | undefined;
    if (piIdRaw || piName) {
      piId = piIdRaw || piByName.get(piName.toLowerCase()) || `PI-${slug(piName)}`;
      const current = pis.get(piId);
      const attrs: Record<string, unknown> = {};
      for (const [attr, key] of Object.entries(PI_FIELD_OF)) {
        const v = value(key);
        if (v === undefined) continue;
        attrs[attr] = v;
        const seen = piSetBy.get(piId) ?? new Map<string, { row: number; value: string }>();
        piSetBy.set(piId, seen);
        const prior = seen.get(attr);
        // Names match case-insensitively (that is how the PI was found); other values exactly.
        const asText = attr === 'name' ? String(v).trim().toLowerCase() : JSON.stringify(v);
        if (prior && prior.value !== asText)
          fail(key, `PI ${piId} has a different "${fieldLabel(key)}" on row ${prior.row}`);
        else seen.set(attr, { row, value: asText });
      }
      if (!current && !piName) fail('piId', `Unknown PI id "${piIdRaw}"; add a PI name to create this PI`);
      else {
        const parsed = investigatorSchema.safeParse({ ...(current ?? {}), id: piId, ...attrs });
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            fail(PI_FIELD_OF[String(issue.path[0])] ?? 'piId', friendlyIssueMessage(issue));
        } else if (issues.length === before) {
          pis.set(piId, parsed.data);
          piByName.set(parsed.data.name.trim().toLowerCase(), piId);
          if (Object.keys(attrs).length > 0 || !current) touchedPis.add(piId);
        }
      }
      draft.investigatorId = piId;
    } else if (updating && existing.investigatorId && mapping.piId === null && mapping.piName === null) {
      draft.investigatorId = existing.investigatorId;
    }

    const parsed = siteSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = (SITE_FIELDS as readonly string[]).includes(String(issue.path[0]))
          ? (issue.path[0] as ImportFieldKey)
          : 'name';
        if (!failed.has(key)) fail(key, friendlyIssueMessage(issue));
      }
      return;
    }
    const site = parsed.data;
    if (issues.length === before) {
      sites.push(site);
      if (updating) {
        const piBlank = (mapping.piId !== null || mapping.piName !== null) && !piIdRaw && !piName;
        blanked.push(
          ...blankedFields(
            existing,
            site,
            row,
            (k) => mapping[k] !== null && text(k) === '',
            header,
            piBlank,
          ),
        );
      }
    }
  });

  const existingPiIds = new Set(options.existingInvestigators.map((p) => p.id));
  const investigators = [...touchedPis].map((id) => pis.get(id)).filter((p): p is Investigator => Boolean(p));
  const counts = {
    rows: table.rows.length,
    newSites: sites.filter((s) => !existingById.has(s.id)).length,
    updatedSites: sites.filter((s) => existingById.has(s.id)).length,
    newPis: investigators.filter((p) => !existingPiIds.has(p.id)).length,
    updatedPis: investigators.filter((p) => existingPiIds.has(p.id)).length,
  };
  if (table.rows.length === 0)
    issues.push({
      kind: 'error',
      file,
      row: null,
      column: null,
      value: null,
      reason: 'The file has a header row but no sites.',
    });
  return {
    ok: issues.length === 0,
    sites,
    investigators,
    issues,
    countryNames: [...countryNames.values()],
    blanked,
    counts,
  };
}

/**
 * Undoes the export's formula neutralisation (src/io/export/neutralise.ts): a cell that starts
 * with a quote followed by = + - @ was written by our own export, so the quote is dropped and the
 * value round-trips.
 */
function unNeutralise(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
