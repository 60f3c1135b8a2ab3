/**
 * Site import speed: parse + validate 10,000 CSV site rows (papaparse + zod per row, duplicate
 * and PI checks), apply them to a workspace, and compute every site's rate prior. Table rendering
 * is measured in Chromium by tests/e2e/sites.spec.ts ("10,000 imported sites…", prints [bench]).
 * Run: `npx tsx bench/site-import.bench.ts`.
 */
import { blankWorkspace } from '../src/domain/workspace';
import { sitePrior } from '../src/engine/priors';
import { applyImport, guessMapping, parseCsvText, validateImport } from '../src/io/site-import';

const ROWS = 10_000;
const COUNTRIES = ['US', 'DE', 'FR', 'JP', 'BR', 'PL', 'ES', 'GB', 'CA', 'AU'];

function csv(): string {
  const lines = [
    'Site ID,Site name,Country,City,Site type,Site estimate,Competing trials,PI name,PI specialty,Trials in area,Past enrollment per month',
  ];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `B-${i},Bench Site ${i},${COUNTRIES[i % COUNTRIES.length]},City ${i % 97},academic,${(i % 20) / 10},${i % 4},Dr Bench ${i},Oncology,${i % 9},${(i % 15) / 10}`,
    );
  }
  return lines.join('\n');
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

export async function run(): Promise<void> {
  const text = csv();
  // Warm-up (JIT) on a copy, then the measured run.
  parseCsvText('warm.csv', text);
  const [parsed, parseMs] = time(() => parseCsvText('bench.csv', text));
  if (!parsed.ok) throw new Error('bench CSV did not parse');
  const ws = blankWorkspace('bench', '2026-01-01');
  const options = {
    existingSites: ws.sites,
    existingInvestigators: ws.investigators,
    onExistingId: 'refuse' as const,
    knownCountries: new Set(COUNTRIES),
  };
  validateImport(
    { ...parsed.table, rows: parsed.table.rows.slice(0, 2000) },
    guessMapping(parsed.table.headers),
    options,
  ); // warm-up
  const [result, validateMs] = time(() =>
    validateImport(parsed.table, guessMapping(parsed.table.headers), options),
  );
  if (!result.ok) throw new Error(`bench import has ${result.issues.length} issue(s)`);
  const [applied, applyMs] = time(() => applyImport(ws, result));
  if (!applied.ok) throw new Error('bench import did not apply');
  const [, priorMs] = time(() =>
    result.sites.forEach((s, i) =>
      sitePrior({
        countryDefaultRate: 0.4,
        piTrialsInArea: i % 9,
        piPastEnrollmentPerMonth: (i % 15) / 10,
        selfEstimatePerMonth: s.selfEstimatePerMonth,
        optimismDiscount: 0.3,
        competingTrials: s.competingTrials,
      }),
    ),
  );
  console.log(`CSV size: ${(text.length / 1024).toFixed(0)} KB, ${ROWS} rows`);
  console.log(`parse (papaparse):              ${parseMs.toFixed(0)} ms`);
  console.log(`validate (zod per row, dupes):  ${validateMs.toFixed(0)} ms`);
  console.log(`parse + validate:               ${(parseMs + validateMs).toFixed(0)} ms`);
  console.log(`apply (clone + workspace check): ${applyMs.toFixed(0)} ms`);
  console.log(`rate priors for 10,000 sites:   ${priorMs.toFixed(0)} ms`);
  console.log('table rendering: measured in Chromium by tests/e2e/sites.spec.ts (prints a [bench] line)');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
