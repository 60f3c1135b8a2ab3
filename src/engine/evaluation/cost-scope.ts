import type { StudyCostDefaults } from '../../domain/reference/cost-benchmarks';

/** What a scenario's budget covers and leaves out, in words a finance reader can check. */
export interface CostScope {
  /** One line for screens, deck and CLI. */
  summary: string;
  /** Items costed. */
  includes: string[];
  /** Items left out, each with why (an unknown fee is listed here, never costed as 0). */
  excludes: string[];
  /** Fees with no reference value, by country: excluded from the total. */
  unknownFees: Array<{ iso2: string; fee: 'regulatory' | 'ethics' }>;
  /** Months from LPI to the last patient's last visit, and whether the study set it. */
  followUpMonths: number;
  /** 'study', 'reference default', or the primary analysis it comes from. */
  followUpSource: string;
  /** Price basis of the USD benchmarks, e.g. "2024 USD (US CPI-U)". */
  priceBasis: string;
  /** The benchmark row used and whether it is a proxy (another area or phase). */
  benchmarkRow: string;
  benchmarkIsProxy: boolean;
  /** US per-patient site payment used (target-year USD), before each country's cost index. */
  usSitePaymentUsd: number;
}

const INCLUDES = [
  'site start-up',
  'patient visits (screening, treatment, follow-up)',
  'screen failures',
  'site running and monitoring until sites close',
  'IP and comparator supply',
  'central lab and imaging',
  'data management and biostatistics to database lock',
  'CRO fees and pass-through mark-up',
  'regulatory and ethics fees',
  'insurance',
  'FX hedging',
  'R&D incentives',
];

function countries(list: string[], names: Map<string, string>): string {
  const shown = list.slice(0, 6).map((iso) => names.get(iso) ?? iso);
  return list.length > 6 ? `${shown.join(', ')} and ${list.length - 6} more` : shown.join(', ');
}

export function costScopeOf(args: {
  defaults: StudyCostDefaults;
  followUpMonths: number;
  followUpSource: string;
  usSitePaymentUsd: number;
  unknownFees: CostScope['unknownFees'];
  countryNames: Map<string, string>;
}): CostScope {
  const { defaults, unknownFees, countryNames } = args;
  const excludes: string[] = [];
  for (const fee of ['regulatory', 'ethics'] as const) {
    const list = unknownFees.filter((u) => u.fee === fee).map((u) => u.iso2);
    if (list.length > 0) {
      excludes.push(
        `${fee} fees for ${list.length} ${list.length === 1 ? 'country' : 'countries'} (unknown: ${countries(list, countryNames)})`,
      );
    }
  }
  excludes.push("sponsor's internal staff and overheads", 'drug development before the trial');
  const followUpSource = args.followUpSource;
  const priceBasis = `${defaults.targetYear} USD (${defaults.indexName})`;
  const counts = (['regulatory', 'ethics'] as const)
    .map((fee) => [fee, unknownFees.filter((u) => u.fee === fee).length] as const)
    .filter(([, n]) => n > 0)
    .map(([fee, n]) => `${fee} fees for ${n} ${n === 1 ? 'country' : 'countries'}`);
  const unknownPart = counts.length > 0 ? `; excludes ${counts.join(' and ')} (unknown)` : '';
  const summary =
    `Whole trial, first submission to database lock (${args.followUpMonths} months' follow-up after last patient in, ${followUpSource})` +
    `${unknownPart}; benchmarks in ${defaults.targetYear} USD${defaults.proxy ? ` (${defaults.row} figures as a proxy)` : ''}.`;
  return {
    summary,
    includes: INCLUDES,
    excludes,
    unknownFees,
    followUpMonths: args.followUpMonths,
    followUpSource,
    priceBasis,
    benchmarkRow: defaults.row,
    benchmarkIsProxy: defaults.proxy,
    usSitePaymentUsd: args.usSitePaymentUsd,
  };
}
