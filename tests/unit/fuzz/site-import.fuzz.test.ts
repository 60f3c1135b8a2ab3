import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_FIELDS,
  applyImport,
  decodeCsvBytes,
  guessMapping,
  parseCsvText,
  readTabularFile,
  validateImport,
  type ColumnMapping,
  type ImportIssue,
  type ImportResult,
} from '../../../src/io/site-import';
import { blankWorkspace, type Workspace } from '../../../src/domain/workspace';
import { FUZZ_SEED, expectPrototypeClean, expectReadable, junkText } from './fuzz-helpers';

const FILE = 'hostile-sites.csv';
const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

function baseWorkspace(): Workspace {
  const ws = blankWorkspace('w', '2026-01-01');
  ws.investigators.push({
    id: 'PI-1',
    name: 'Dr Existing',
    specialty: 'Oncology',
    trialsInArea: 2,
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

/** `lines`: the file's line count, an upper bound on any row number. */
function expectIssue(issue: ImportIssue, lines: number): void {
  expect(issue.file).toBe(FILE);
  if (issue.row !== null)
    expect(Number.isInteger(issue.row) && issue.row >= 1 && issue.row <= lines).toBe(true);
  if (issue.column !== null) expectReadable(issue.column, 'column');
  expectReadable(issue.reason, `reason (row ${issue.row})`);
}

/**
 * The whole pipeline on one CSV text, checking the contract at each step: read (never throws),
 * validate (issues name file/row/column/reason), apply (all-or-nothing: refused → workspace
 * untouched; accepted → a valid workspace holding exactly the imported sites).
 */
function importText(text: string, onExistingId: 'update' | 'refuse' = 'refuse'): ImportResult | null {
  const read = parseCsvText(FILE, text);
  if (!read.ok) {
    for (const issue of read.issues) expectIssue(issue, text.split(/\r\n|\r|\n/).length);
    return null;
  }
  const ws = baseWorkspace();
  const before = structuredClone(ws);
  const mapping = guessMapping(read.table.headers);
  const result = validateImport(read.table, mapping, {
    existingSites: ws.sites,
    existingInvestigators: ws.investigators,
    onExistingId,
    knownCountries: new Set(['US', 'DE', 'JP', 'FR']),
  });
  for (const issue of result.issues) expectIssue(issue, text.split(/\r\n|\r|\n/).length);
  expect(result.ok).toBe(result.issues.length === 0);
  const applied = applyImport(ws, result);
  expect(ws).toEqual(before); // the input workspace is never modified
  if (!applied.ok) {
    for (const reason of applied.reasons) expectReadable(reason, 'apply reason');
    if (result.ok) throw new Error(`validated import refused on apply: ${applied.reasons.join('; ')}`);
  } else {
    expect(result.ok).toBe(true);
    for (const site of result.sites) expect(applied.workspace.sites).toContainEqual(site);
  }
  expectPrototypeClean();
  return result;
}

const HEADERS = IMPORT_FIELDS.map((f) => f.aliases[0]);
const hostileCell = fc.oneof(
  fc.constantFrom(
    '',
    'US',
    'de',
    'XX',
    'academic',
    'Private',
    'robot',
    '0',
    '-1',
    '1.5',
    '1e3',
    'NaN',
    'Infinity',
    '0x1F',
    '12 pts',
    '1,5',
    'Dr Existing',
    'PI-1',
    'S-1',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '=HYPERLINK("x")',
    'a;b|c',
    '"quoted, comma"',
    'x'.repeat(400),
  ),
  fc.string({ maxLength: 15 }),
);
const csvTable = fc
  .record({
    headers: fc
      .shuffledSubarray(HEADERS, { minLength: 1 })
      .chain((hs) => fc.constant([...hs, ...(hs.length % 3 === 0 ? ['extra', '__proto__'] : [])])),
    rowCount: fc.nat({ max: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
  })
  .chain(({ headers, rowCount, delimiter }) =>
    fc
      .array(fc.array(hostileCell, { minLength: headers.length - 1, maxLength: headers.length + 1 }), {
        minLength: rowCount,
        maxLength: rowCount,
      })
      .map((rows) =>
        [headers, ...rows]
          .map((r) => r.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter))
          .join('\n'),
      ),
  );

/** Rows that pass validation: distinct ids and names; names carry markup that must survive as text. */
const validSites = fc
  .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 15 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(
        fc.constantFrom(
          '<img src=x onerror=alert(1)>',
          '<script>alert("x")</script>',
          'Hôpital "Saint" & Co',
          '</td><td>',
          '{{constructor.constructor("x")()}}',
          'Plain Site',
        ),
        {
          minLength: ids.length,
          maxLength: ids.length,
        },
      ),
      fc.array(fc.constantFrom('US', 'DE', 'JP', 'FR'), { minLength: ids.length, maxLength: ids.length }),
    ),
  );

describe('site/PI import under hostile input (fast-check, fixed seed)', { timeout: 60_000 }, () => {
  it('random text never throws at any step (700 runs)', () => {
    fc.assert(
      fc.property(junkText, (text) => void importText(text)),
      run(700),
    );
  });

  it('random tables with real headers: every problem names file, row, column and reason; nothing half-applied (1,000 runs)', () => {
    fc.assert(
      fc.property(
        csvTable,
        fc.constantFrom<'update' | 'refuse'>('update', 'refuse'),
        (text, mode) => void importText(text, mode),
      ),
      run(1000),
    );
  });

  it('HTML and script in names are kept verbatim as plain text (500 runs)', () => {
    fc.assert(
      fc.property(validSites, ([ids, names, countries]) => {
        // Given a valid site list whose names carry markup
        const lines = [
          'Site id,Site name,Country,City,PI name',
          ...ids.map(
            (id, i) =>
              `X-${id},"${names[i]!.replace(/"/g, '""')} ${id}",${countries[i]},<b>City</b>,<i>Dr ${id}</i>`,
          ),
        ];
        // When imported
        const result = importText(lines.join('\n'));
        // Then it is accepted and every name is exactly the text of the file
        expect(result?.ok).toBe(true);
        expect(result!.sites.map((s) => s.name)).toEqual(ids.map((id, i) => `${names[i]} ${id}`));
        expect(result!.sites.every((s) => s.city === '<b>City</b>')).toBe(true);
        expect(result!.investigators.map((p) => p.name)).toEqual(ids.map((id) => `<i>Dr ${id}</i>`));
      }),
      run(500),
    );
  });

  it('one bad row refuses the whole file and names that row (500 runs)', () => {
    const bad = fc.constantFrom(
      { col: 2, value: 'Narnia', column: 'Country' },
      { col: 2, value: 'ZZ', column: 'Country' },
      { col: 1, value: '', column: 'Site name' },
      { col: 3, value: '-4', column: 'Competing trials' },
      { col: 3, value: 'several', column: 'Competing trials' },
    );
    fc.assert(
      fc.property(validSites, fc.nat(), bad, ([ids, names, countries], pick, damage) => {
        const rows = ids.map((id, i) => [
          `X-${id}`,
          `${names[i]!.replace(/[",]/g, '')} ${id}`,
          countries[i]!,
          '0',
        ]);
        const i = pick % rows.length;
        rows[i]![damage.col] = damage.value;
        const result = importText(
          ['Site id,Site name,Country,Competing trials', ...rows.map((r) => r.join(','))].join('\n'),
        );
        expect(result?.ok).toBe(false);
        // (the column is named as in the file's header row)
        expect(
          result!.issues.some(
            (e) => e.row === i + 2 && e.column === damage.column && e.value === damage.value,
          ),
        ).toBe(true);
      }),
      run(500),
    );
  });

  it('error rows are the spreadsheet rows, blank rows included (300 runs)', () => {
    fc.assert(
      fc.property(
        validSites,
        fc.array(fc.nat({ max: 2 }), { minLength: 15, maxLength: 15 }),
        fc.nat(),
        ([ids, , countries], blanks, pick) => {
          // Given a site list with blank rows ("" or ",,," as Excel writes them), one row with a bad country
          const i = pick % ids.length;
          const lines = ['Site id,Site name,Country'];
          let expectedRow = 0;
          ids.forEach((id, k) => {
            for (let b = 0; b < blanks[k]!; b++) lines.push(b % 2 === 0 ? ',,' : '');
            lines.push(`X-${id},Site ${id},${k === i ? 'Narnia' : countries[k]}`);
            if (k === i) expectedRow = lines.length;
          });
          // When imported / Then the problem names the row number the spreadsheet shows
          const result = importText(lines.join('\n'));
          expect(result!.issues.map((e) => [e.row, e.column])).toEqual([[expectedRow, 'Country']]);
        },
      ),
      run(300),
    );
  });

  it('random bytes: the decoder and the file reader never throw (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('sites.csv', 'sites.xlsx', 'sites.xls', 'SITES.CSV'),
        async (bytes, name) => {
          const decoded = decodeCsvBytes(bytes);
          if (!decoded.ok) expectReadable(decoded.reason);
          const buffer = bytes.buffer.slice(
            bytes.byteOffset,
            bytes.byteOffset + bytes.byteLength,
          ) as ArrayBuffer;
          const read = await readTabularFile({ name, size: bytes.length, arrayBuffer: async () => buffer });
          if (!read.ok) for (const issue of read.issues) expectReadable(issue.reason);
        },
      ),
      run(300),
    );
  });

  it('a mapping pointing past the last column is treated as empty cells, not a crash', () => {
    // Given a mapping with indexes far beyond the table's columns
    const mapping = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f.key, i + 50])) as ColumnMapping;
    const ws = baseWorkspace();
    const result = validateImport({ fileName: FILE, headers: ['a'], rows: [['x']] }, mapping, {
      existingSites: [],
      existingInvestigators: [],
      onExistingId: 'refuse',
    });
    // Then it is refused with row-level reasons
    expect(result.ok).toBe(false);
    for (const issue of result.issues) expectIssue(issue, 2);
    expect(applyImport(ws, result).ok).toBe(false);
  });
});
