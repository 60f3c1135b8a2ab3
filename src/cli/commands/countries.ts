import { parseArgs } from 'node:util';
import {
  REGIONS,
  countrySummary,
  getAuthority,
  getPathway,
  referenceData,
  type CountrySummary,
} from '../../domain/reference/index';
import { countryFacts } from '../../domain/reference/known-or-unknown';
import type { CliCommand, CliIo } from '../io';

const USAGE = 'mrct countries [--region NAME] [--json]';

/** A row of `mrct countries`: the country summary plus names and the ethics median. */
interface CountryRow extends CountrySummary {
  authority: string;
  /** Most likely ethics review duration of the default pathway, calendar days. */
  ethicsDays: number;
  ethicsRelation: string;
}

function rows(region: string | undefined): CountryRow[] {
  return referenceData.countries
    .filter((c) => region === undefined || c.region.toLowerCase() === region.toLowerCase())
    .map((c) => {
      // The loader guarantees the default pathway and the authority exist.
      const pathway = getPathway(c.pathwayIds[0]!)!;
      return {
        ...countrySummary(c, pathway),
        authority: getAuthority(c.authorityId)!.shortName,
        ethicsDays: pathway.ethics.durationDays.mode,
        ethicsRelation: pathway.ethics.relation,
      };
    });
}

function table(data: CountryRow[]): string {
  const header = [
    'ISO',
    'Country',
    'Region',
    'Authority',
    'Default pathway',
    'Approval d',
    'w/ RFI d',
    'Ethics d',
    'Cost idx',
    'Recruit ×',
  ];
  const body = data.map((r) => [
    r.iso2,
    r.name,
    r.region,
    r.authority,
    r.defaultPathwayId,
    String(r.approvalDays),
    String(r.approvalDaysWithRfi),
    `${r.ethicsDays} ${r.ethicsRelation === 'parallel' ? '∥' : r.ethicsRelation === 'combined' ? '=' : r.ethicsRelation === 'before-regulator' ? '←' : '→'}`,
    r.perPatientCostIndex.toFixed(2),
    r.recruitmentMultiplier.toFixed(2),
  ]);
  const numeric = new Set([5, 6, 7, 8, 9]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const fmt = (row: string[]) =>
    row
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    fmt(header),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...body.map(fmt),
    '',
    `${data.length} countries. Approval d = approximate calendar days of the default pathway's regulatory clock`,
    '(working days × 7/5, no holidays; `mrct regulatory` gives exact dates). Ethics d = most likely ethics review:',
    '∥ parallel with the regulator, ← before it, → after it, = combined. Cost idx = per-patient cost vs US (US = 1);',
    'Recruit × = overall recruitment multiplier on a therapeutic area base rate. Most values are estimates: see',
    'docs/reference-data.md for sources and confidence.',
  ].join('\n');
}

/** `mrct countries`: the reference countries with key medians, as a table or JSON. */
export const countriesCommand: CliCommand = {
  summary: 'List reference countries with key medians (approval time, cost index, recruitment)',
  usage: USAGE,
  run(args: string[], io: CliIo): number {
    let values: { json?: boolean; region?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, region: { type: 'string' } },
        strict: true,
      }));
    } catch (error) {
      io.err(`mrct countries: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    if (
      values.region !== undefined &&
      !REGIONS.some((r) => r.toLowerCase() === values.region!.toLowerCase())
    ) {
      io.err(`mrct countries: --region must be one of: ${REGIONS.join(', ')} (got "${values.region}")`);
      return 2;
    }
    const data = rows(values.region);
    // JSON carries each cost and optional fact with its provenance, or "unknown" (never a 0 for a missing value).
    const facts = new Map(referenceData.countries.map((c) => [c.iso2, countryFacts(c)]));
    io.out(
      values.json
        ? JSON.stringify({ countries: data.map((r) => ({ ...r, ...facts.get(r.iso2) })) }, null, 2)
        : table(data),
    );
    return 0;
  },
};
