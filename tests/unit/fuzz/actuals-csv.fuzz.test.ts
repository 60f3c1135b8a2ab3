import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates';
import { parseActualsCsv, type ActualsParseResult } from '../../../src/io/actuals-csv';
import { FUZZ_SEED, expectReadable, junkText } from './fuzz-helpers';

const KNOWN = ['US-01', 'US-02', 'DE-01', '<b>JP-01</b>'];
const COLUMNS = ['site id', 'date', 'patients randomised', 'row'];
const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

/** The contract: no exception; a refusal returns no rows and names row/column/value/reason. */
function checkContract(text: string, known: readonly string[] = KNOWN): ActualsParseResult {
  let result: ActualsParseResult | undefined;
  expect(() => {
    result = parseActualsCsv(text, known);
  }).not.toThrow();
  const r = result!;
  if (r.ok) {
    const last = new Map<string, string>();
    for (const row of r.rows) {
      expect(known).toContain(row.siteId);
      expect(isIsoDate(row.date)).toBe(true);
      expect(Number.isInteger(row.patients) && row.patients >= 0).toBe(true);
      const prev = last.get(row.siteId);
      if (prev !== undefined) expect(row.date > prev).toBe(true);
      last.set(row.siteId, row.date);
    }
  } else {
    // All-or-nothing: the failure branch carries no rows at all.
    expect('rows' in r).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(Number.isInteger(e.row) && e.row >= 1).toBe(true);
      expect(COLUMNS).toContain(e.column);
      expect(typeof e.value).toBe('string');
      expectReadable(e.reason, `reason for row ${e.row}`);
    }
  }
  return r;
}

const cell = fc.oneof(
  fc.constantFrom(
    ...KNOWN,
    'XX-99',
    '',
    ' ',
    '2025-01-01',
    '2025-02-30',
    '2025-13-01',
    '0',
    '-1',
    '1.5',
    '1e3',
    'NaN',
    'Infinity',
    '0x10',
    '"',
    '=cmd|x',
    '<script>x</script>',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50 }).map(String),
);
const csvText = fc
  .array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 30 })
  .chain((rows) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => rows.map((r) => r.join(',')).join(eol)));

/** A valid actuals file: dates strictly increasing per site, counts whole and ≥ 0. */
const validRows = fc
  .array(
    fc.record({
      site: fc.constantFrom(...KNOWN.slice(0, 3)),
      gapDays: fc.integer({ min: 1, max: 40 }),
      patients: fc.nat({ max: 9 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) => {
    const day = new Map<string, number>();
    return rows.map((r) => {
      const d = (day.get(r.site) ?? Date.UTC(2026, 0, 1)) + r.gapDays * 86_400_000;
      day.set(r.site, d);
      return { siteId: r.site, date: new Date(d).toISOString().slice(0, 10), patients: r.patients };
    });
  });

describe('parseActualsCsv under hostile input (fast-check, fixed seed)', { timeout: 60_000 }, () => {
  it('never throws on random text (2,000 runs)', () => {
    fc.assert(
      fc.property(junkText, (text) => void checkContract(text)),
      run(2000),
    );
  });

  it('CSV-shaped random tables: refused with named problems or fully valid (3,000 runs)', () => {
    fc.assert(
      fc.property(csvText, (text) => void checkContract(text)),
      run(3000),
    );
  });

  it('valid files are accepted row for row; one damaged cell refuses the whole file (1,000 runs)', () => {
    const bad = fc.constantFrom(
      { col: 0, value: 'NOPE-1', column: 'site id' },
      { col: 1, value: '2026-02-30', column: 'date' },
      { col: 2, value: '-3', column: 'patients randomised' },
      { col: 2, value: '2.5', column: 'patients randomised' },
      { col: 2, value: 'many', column: 'patients randomised' },
    );
    fc.assert(
      fc.property(validRows, fc.boolean(), fc.nat(), bad, (rows, header, pick, damage) => {
        // Given a valid file (with or without a header)
        const lines = rows.map((r) => [r.siteId, r.date, String(r.patients)]);
        const head = header ? [['site id', 'date', 'patients']] : [];
        const ok = checkContract([...head, ...lines].map((l) => l.join(',')).join('\n'));
        // Then every row comes back as written
        expect(ok).toEqual({ ok: true, rows });
        // When one cell is damaged
        const i = pick % lines.length;
        lines[i]![damage.col] = damage.value;
        const r = checkContract([...head, ...lines].map((l) => l.join(',')).join('\n'));
        // Then nothing is returned and the error names that row (header = row 1) and column
        expect(r.ok).toBe(false);
        expect(
          !r.ok &&
            r.errors.some(
              (e) => e.row === i + 1 + head.length && e.column === damage.column && e.value === damage.value,
            ),
        ).toBe(true);
      }),
      run(1000),
    );
  });

  it('error rows are the rows of the file, blank lines included (500 runs)', () => {
    fc.assert(
      fc.property(
        validRows,
        fc.array(fc.nat({ max: 3 }), { minLength: 41, maxLength: 41 }),
        fc.nat(),
        (rows, blanks, pick) => {
          // Given a valid file with blank lines (or all-empty ",," rows) between the rows, one row damaged
          const i = pick % rows.length;
          const lines: string[] = ['site,date,patients'];
          let expectedRow = 0;
          rows.forEach((r, k) => {
            for (let b = 0; b < blanks[k]!; b++) lines.push(b % 2 === 0 ? '' : ' , , ');
            lines.push(`${r.siteId},${k === i ? 'soon' : r.date},${r.patients}`);
            if (k === i) expectedRow = lines.length;
          });
          // When parsed / Then the error names the row number a spreadsheet would show
          const r = checkContract(lines.join('\n'));
          expect(!r.ok && r.errors.map((e) => [e.row, e.column])).toEqual([[expectedRow, 'date']]);
        },
      ),
      run(500),
    );
  });

  it('regression: a first data row with an impossible date is reported, not taken for a header', () => {
    // Given a file without header whose first row has 30 February (found by the fuzzer)
    const r = checkContract('US-01,2026-02-30,3\nUS-01,2026-03-01,2');
    // Then the row is an error, and nothing is returned
    expect(r).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'date', value: '2026-02-30', reason: 'not a valid date in YYYY-MM-DD form' },
      ],
    });
  });

  it('site ids carrying HTML are kept verbatim, not stripped', () => {
    // Given a known site id that looks like markup
    const r = checkContract('<b>JP-01</b>,2026-03-01,2');
    // Then it round-trips as plain text
    expect(r).toEqual({ ok: true, rows: [{ siteId: '<b>JP-01</b>', date: '2026-03-01', patients: 2 }] });
  });
});
