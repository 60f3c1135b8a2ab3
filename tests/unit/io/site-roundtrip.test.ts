import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src/domain/reference/country-names';
import { referenceData } from '../../../src/domain/reference';
import { toCsv } from '../../../src/io/export';
import {
  applyImport,
  carryOverMapping,
  guessMapping,
  parseCsvText,
  validateImport,
} from '../../../src/io/site-import';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { SITE_EXPORT_COLUMNS } from '../../../src/ui/features/sites/export-columns';
import { buildSiteRows } from '../../../src/ui/features/sites/prior-inputs';

const KNOWN = new Set(referenceData.countries.map((c) => c.iso2));

function reimport(csv: string, ws = loadSampleWorkspace()) {
  const read = parseCsvText('sites.csv', csv.replace(/^\uFEFF/, ''));
  if (!read.ok) throw new Error(read.issues[0]?.reason);
  const result = validateImport(read.table, guessMapping(read.table.headers), {
    existingSites: ws.sites,
    existingInvestigators: ws.investigators,
    onExistingId: 'update',
    knownCountries: KNOWN,
  });
  return { ws, result };
}

describe('sites export → import round trip (issue 13 item 6)', () => {
  it('re-imports the export with "update existing" to a deep-equal workspace', () => {
    const ws = loadSampleWorkspace();
    // A site name that the export neutralises against formula injection must still come back as it was.
    ws.sites[0]!.name = '-Minus Clinic';
    ws.sites[1]!.qualityFlags = ['late start-up', 'audit 2024'];
    const csv = toCsv(buildSiteRows(ws), SITE_EXPORT_COLUMNS);
    const { result } = reimport(csv, ws);
    expect(result.issues).toEqual([]);
    expect(result.blanked).toEqual([]);
    expect(result.counts).toMatchObject({ newSites: 0, updatedSites: ws.sites.length });
    const applied = applyImport(ws, result);
    if (!applied.ok) throw new Error(applied.reasons.join('; '));
    expect(applied.workspace).toEqual(ws);
  });

  it('maps every exported importable header to its field', () => {
    const headers = SITE_EXPORT_COLUMNS.map((c) => c.header);
    const mapping = guessMapping(headers);
    const mappedHeaders = Object.values(mapping)
      .filter((i): i is number => i !== null)
      .map((i) => headers[i]);
    expect(mappedHeaders.sort()).toEqual(headers.filter((h) => !h.startsWith('Prior ')).sort());
  });

  it('lists a blanked self-estimate instead of dropping it silently, and keeps fields whose column is absent', () => {
    const ws = loadSampleWorkspace();
    const site = ws.sites.find((s) => s.selfEstimatePerMonth !== undefined)!;
    const rows = buildSiteRows(ws).filter((r) => r.site.id === site.id);
    const blanked = toCsv(rows, SITE_EXPORT_COLUMNS)
      .replace(/,Site estimate per month,/, ',Site estimate per month,')
      .split('\r\n');
    const cells = blanked[1]!.split(',');
    const col = blanked[0]!.split(',').indexOf('Site estimate per month');
    cells[col] = '';
    const { result } = reimport([blanked[0], cells.join(',')].join('\r\n'), ws);
    expect(result.blanked).toEqual([
      { row: 2, siteId: site.id, column: 'Site estimate per month', was: String(site.selfEstimatePerMonth) },
    ]);

    // Only id, name and country in the file: every other field keeps its value.
    const { result: partial } = reimport(
      `Site ID,Site name,Country\r\n${site.id},Renamed,${site.country}`,
      ws,
    );
    expect(partial.blanked).toEqual([]);
    expect(partial.sites[0]).toEqual({ ...site, name: 'Renamed' });
  });
});

describe('site import friction (issue 13 item 8)', () => {
  it('reads ISO, ClinicalTrials.gov and common English country names', () => {
    expect(resolveCountry('Korea, Republic of')).toEqual({ iso2: 'KR', how: 'name' });
    expect(resolveCountry('Russian Federation')).toEqual({ iso2: 'RU', how: 'name' });
    expect(resolveCountry('UK')).toEqual({ iso2: 'GB', how: 'name' });
    expect(resolveCountry('  türkiye ')).toEqual({ iso2: 'TR', how: 'name' });
    expect(resolveCountry('Viet Nam')?.iso2).toBe('VN');
    expect(resolveCountry('de')).toEqual({ iso2: 'DE', how: 'code' });
    expect(resolveCountry('Atlantis')).toBeNull();
    // Every reference country is reachable by its own name.
    for (const c of referenceData.countries) expect(resolveCountry(c.name)?.iso2, c.name).toBe(c.iso2);
  });

  it('auto-maps obvious headers', () => {
    const m = guessMapping([
      'Site',
      'Country',
      'PI past enrollment (pts/month)',
      "Site's own estimate",
      'Prior trials',
      'Competing studies',
    ]);
    expect(m).toMatchObject({
      name: 0,
      country: 1,
      piPastEnrollmentPerMonth: 2,
      selfEstimatePerMonth: 3,
      piTrialsInArea: 4,
      competingTrials: 5,
    });
  });

  it('carries a manual mapping over to a re-chosen file by header name', () => {
    const { mapping, kept } = carryOverMapping(['Note', 'Hospital', 'Land', 'Locality'], {
      country: 'Land',
      city: 'Locality',
      capPatients: null,
    });
    expect(mapping).toMatchObject({ name: 1, country: 2, city: 3, capPatients: null });
    expect(kept).toBe(3);
  });

  it('reports every problem, duplicates included, in one pass', () => {
    const csv = [
      'Site id,Site name,Country,Competing trials',
      'X-1,Moscow Oncology,Russian Federation,0',
      'X-2,Leeds,UK,-1',
      'X-2,Leeds Annex,Atlantis,2',
      'X-4,Leeds,GB,2',
    ].join('\n');
    const read = parseCsvText('p.csv', csv);
    if (!read.ok) throw new Error('unreadable');
    const ws = loadSampleWorkspace();
    const result = validateImport(read.table, guessMapping(read.table.headers), {
      existingSites: ws.sites,
      existingInvestigators: ws.investigators,
      onExistingId: 'refuse',
      knownCountries: KNOWN,
    });
    const brief = result.issues.map((i) => `${i.row} ${i.kind} ${i.reason}`);
    expect(brief).toEqual([
      '2 error "Russian Federation" is RU, a country MRCT Planner has no reference data for',
      '3 error Must be at least 0',
      '4 error Unknown country "Atlantis": use a two-letter ISO code (e.g. "KR") or an English country name',
      '4 duplicate Duplicate: same site id as row 3',
      '5 duplicate Duplicate: same name, city and country as row 3',
    ]);
  });
});
