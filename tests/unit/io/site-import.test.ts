import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  decodeCsvBytes,
  guessMapping,
  MAX_IMPORT_BYTES,
  parseCsvText,
  readTabularFile,
  validateImport,
} from '../../../src/io/site-import';
import type { ImportOptions, RawTable } from '../../../src/io/site-import';
import { blankWorkspace } from '../../../src/domain/workspace';
import type { Workspace } from '../../../src/domain/workspace';

const fixture = (name: string) => new URL(`../../fixtures/sites/${name}`, import.meta.url);
const fileOf = (name: string) => {
  const bytes = readFileSync(fixture(name));
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
};
const KNOWN = new Set(['FR', 'PT', 'ES', 'IT', 'DK', 'US']);

function baseWorkspace(): Workspace {
  const ws = blankWorkspace('w', '2026-01-01');
  ws.investigators.push({
    id: 'PI-1',
    name: 'Dr Existing',
    specialty: 'Oncology',
    trialsInArea: 2,
    pastEnrollmentPerMonth: 0.4,
    qualityFlags: [],
  });
  ws.sites.push({
    id: 'S-1',
    name: 'Existing Site',
    country: 'US',
    city: 'Boston',
    investigatorId: 'PI-1',
    siteType: 'academic',
    competingTrials: 0,
    qualityFlags: [],
  });
  return ws;
}
const opts = (ws: Workspace, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  existingSites: ws.sites,
  existingInvestigators: ws.investigators,
  onExistingId: 'refuse',
  knownCountries: KNOWN,
  ...extra,
});
async function tableOf(name: string): Promise<RawTable> {
  const read = await readTabularFile(fileOf(name));
  if (!read.ok) throw new Error(read.issues[0]?.reason);
  return read.table;
}

describe('reading files', () => {
  it('refuses a file over 20 MB before reading it, with a message', async () => {
    // Given a 100 MB "file" whose bytes would throw if read
    const huge = {
      name: 'sites.csv',
      size: 100 * 1024 * 1024,
      arrayBuffer: async () => {
        throw new Error('must not read');
      },
    };
    const result = await readTabularFile(huge);
    // Then it is refused with the size and the limit named
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.reason).toMatch(/100\.0 MB; the limit is 20 MB/);
  });

  it('refuses a real Blob just over the limit (generated, not written to disk)', async () => {
    const blob = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
    const result = await readTabularFile(Object.assign(blob, { name: 'big.csv' }));
    expect(result.ok).toBe(false);
  });

  it('says so when the CSV is UTF-16 or not valid UTF-8', async () => {
    const utf16 = await readTabularFile(fileOf('utf16.csv'));
    expect(utf16.ok).toBe(false);
    if (!utf16.ok) expect(utf16.issues[0]?.reason).toMatch(/UTF-16 LE/);
    const latin1 = await readTabularFile(fileOf('latin1.csv'));
    expect(latin1.ok).toBe(false);
    if (!latin1.ok) expect(latin1.issues[0]?.reason).toMatch(/not valid UTF-8 .*0xED at byte 37/);
  });

  it('drops a UTF-8 byte-order mark and keeps accents', async () => {
    const t = await tableOf('utf8-bom.csv');
    expect(t.headers[0]).toBe('Site ID');
    expect(t.rows[0]?.[1]).toBe('Clínica São José');
  });

  it('detects UTF-16 without a BOM from its NUL bytes', () => {
    const bytes = new Uint8Array([0x53, 0, 0x69, 0, 0x74, 0, 0x65, 0]);
    expect(decodeCsvBytes(bytes).ok).toBe(false);
  });

  it('reports unclosed quotes as a CSV syntax error', () => {
    const r = parseCsvText('x.csv', 'Site name,Country\n"Unclosed,FR\n');
    expect(r.ok).toBe(false);
  });

  it('reads semicolon-separated CSV (European Excel)', () => {
    const r = parseCsvText('x.csv', 'Site name;Country\nA;FR\n');
    expect(r.ok && r.table.rows[0]).toEqual(['A', 'FR']);
  });

  it('reads an .xlsx workbook written by write-excel-file', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const blob = await writeXlsxFile([
      ['Site name', 'Country', 'Competing trials'],
      ['Xlsx Site', 'FR', 2],
    ]).toBlob();
    const r = await readTabularFile(Object.assign(blob, { name: 'sites.xlsx' }));
    expect(r.ok && r.table.rows[0]).toEqual(['Xlsx Site', 'FR', '2']);
  });
});

describe('validateImport', () => {
  it('maps columns by header name', async () => {
    const t = await tableOf('mixed.csv');
    const m = guessMapping(t.headers);
    expect(m.id).toBe(0);
    expect(m.selfEstimatePerMonth).toBe(5);
    expect(m.piPastEnrollmentPerMonth).toBe(10);
    expect(m.capPatients).toBeNull();
  });

  it('lists every bad row with file, row, column, value and reason, and accepts nothing', async () => {
    const ws = baseWorkspace();
    const t = await tableOf('mixed.csv');
    const r = validateImport(t, guessMapping(t.headers), opts(ws));
    expect(r.ok).toBe(false);
    const brief = r.issues.map((i) => `${i.file}|${i.row}|${i.column}|${i.value}|${i.kind}`);
    expect(brief).toEqual([
      'mixed.csv|4|Site estimate|lots|error',
      'mixed.csv|5|Country|XX|error',
      'mixed.csv|6|Site type|hospital|error',
      'mixed.csv|6|Competing trials|-2|error',
      'mixed.csv|7|Site ID|IMP-001|duplicate',
    ]);
    expect(r.issues[0]?.reason).toMatch(/Not a number/);
    expect(r.issues[2]?.reason).toBe('Use one of: academic, community, private');
    expect(r.issues[3]?.reason).toBe('Must be at least 0');
    expect(r.issues[4]?.reason).toBe('Duplicate: same site id as row 2');
    // And applying it changes nothing
    expect(applyImport(ws, r).ok).toBe(false);
  });

  it('imports the fixed file: all rows, PIs created and linked', async () => {
    const ws = baseWorkspace();
    const t = await tableOf('fixed.csv');
    const r = validateImport(t, guessMapping(t.headers), opts(ws));
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ rows: 5, newSites: 5, updatedSites: 0, newPis: 5, updatedPis: 0 });
    const applied = applyImport(ws, r);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.workspace.sites).toHaveLength(6);
    const lyon = applied.workspace.sites.find((s) => s.id === 'IMP-001')!;
    const pi = applied.workspace.investigators.find((p) => p.id === lyon.investigatorId)!;
    expect(pi).toMatchObject({ name: 'Dr Claire Martin', trialsInArea: 4, pastEnrollmentPerMonth: 0.7 });
  });

  it('detects the same site under two ids (name + city + country), in the file and against the workspace', () => {
    const ws = baseWorkspace();
    const t: RawTable = {
      fileName: 'd.csv',
      headers: ['Site ID', 'Site name', 'Country', 'City'],
      rows: [
        ['A', 'Alpha', 'FR', 'Paris'],
        ['B', ' alpha ', 'fr', 'PARIS'],
        ['C', 'Existing Site', 'US', 'Boston'],
      ],
    };
    const r = validateImport(t, guessMapping(t.headers), opts(ws));
    expect(r.issues.map((i) => i.reason)).toEqual([
      'Duplicate: same name, city and country as row 2',
      'Duplicate: same name, city and country as existing site S-1',
    ]);
  });

  it('refuses an existing id unless updating is chosen, and then updates in place', () => {
    const ws = baseWorkspace();
    const t: RawTable = {
      fileName: 'u.csv',
      headers: ['Site ID', 'Site name', 'Country', 'City', 'Competing trials'],
      rows: [['S-1', 'Existing Site', 'US', 'Boston', '3']],
    };
    expect(validateImport(t, guessMapping(t.headers), opts(ws)).issues[0]?.kind).toBe('duplicate');
    const r = validateImport(t, guessMapping(t.headers), opts(ws, { onExistingId: 'update' }));
    expect(r.counts.updatedSites).toBe(1);
    const applied = applyImport(ws, r);
    expect(applied.ok && applied.workspace.sites).toHaveLength(1);
    expect(applied.ok && applied.workspace.sites[0]?.competingTrials).toBe(3);
  });

  it('matches an existing PI by name and refuses conflicting PI attributes across rows', () => {
    const ws = baseWorkspace();
    const t: RawTable = {
      fileName: 'p.csv',
      headers: ['Site name', 'Country', 'City', 'PI name', 'Trials in area'],
      rows: [
        ['One', 'FR', 'Lyon', 'Dr Existing', '5'],
        ['Two', 'FR', 'Nice', 'dr existing', '6'],
      ],
    };
    const r = validateImport(t, guessMapping(t.headers), opts(ws));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ row: 3, column: 'Trials in area', value: '6' });
    expect(r.issues[0]?.reason).toMatch(/PI PI-1 has a different "PI trials in area" on row 2/);
  });

  it('requires name and country columns to be mapped', () => {
    const t: RawTable = { fileName: 'n.csv', headers: ['Foo'], rows: [['x']] };
    const r = validateImport(t, guessMapping(t.headers), opts(baseWorkspace()));
    expect(r.issues.map((i) => i.column)).toEqual(['Site name', 'Country (ISO code or name)']);
  });

  it('keeps HTML and formula-like text as plain strings (neutralised only on export)', async () => {
    const t = await tableOf('hostile.csv');
    const r = validateImport(t, guessMapping(t.headers), opts(baseWorkspace()));
    expect(r.ok).toBe(true);
    expect(r.sites[0]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(r.investigators.map((p) => p.name)).toContain("=cmd|' /C calc'!A0");
  });
});
