import { benchmarkPhase, classifyArea, type BenchmarkArea, type BenchmarkPhase } from './classify';
import { CTGOV_COUNTRIES } from './ctgov-countries';
import type { CtgovStudy } from './ctgov-study';
import { enrollmentPeriod } from './enrollment-period';

/** A study the recruitment model can use: everything a planner would know, plus what happened. */
export interface BenchmarkStudy {
  nct: string;
  area: BenchmarkArea;
  phase: BenchmarkPhase;
  /** Listed sites per ISO2 country code, sorted by code. */
  sites: [iso2: string, count: number][];
  totalSites: number;
  /** Participants enrolled (actual). */
  enrollment: number;
  /** Estimated enrollment period, months (see enrollment-period.ts). */
  months: number;
  /** Start → primary completion, months. */
  totalMonths: number;
  /** First year of the study. */
  startYear: number;
}

/**
 * Eligibility rule (docs/benchmarks.md): industry-sponsored, phase 2, 2/3 or 3, at least one
 * listed site in a known country, start and primary completion dates at least one month apart,
 * and at least one participant enrolled. Returns the reason a study is left out, or the study.
 * Country names the registry may add later and this table does not know are a reason to exclude
 * the study rather than guess its country.
 */
export function toBenchmarkStudy(s: CtgovStudy): BenchmarkStudy | string {
  if (s.sponsorClass !== 'Industry') return 'not industry-sponsored';
  const phase = benchmarkPhase(s.phase);
  if (!phase) return 'not phase 2, 2/3 or 3';
  if (!s.enrollment || s.enrollment < 1) return 'no enrollment';
  const byCountry = new Map<string, number>();
  for (const [name, count] of Object.entries(s.sitesByCountry ?? {})) {
    if (count <= 0) continue;
    const known = CTGOV_COUNTRIES[name];
    if (!known) return `unknown country "${name}"`;
    byCountry.set(known.iso2, (byCountry.get(known.iso2) ?? 0) + count);
  }
  if (byCountry.size === 0) return 'no listed sites';
  const period = enrollmentPeriod(s.start, s.primaryCompletion, s.primaryTimeFrame);
  if (!period) return 'missing or inconsistent dates';
  const sites = [...byCountry.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    nct: s.nct,
    area: classifyArea(s.mesh, s.conditions),
    phase,
    sites,
    totalSites: sites.reduce((t, [, n]) => t + n, 0),
    enrollment: s.enrollment,
    months: period.months,
    totalMonths: period.totalMonths,
    startYear: Number(s.start!.slice(0, 4)),
  };
}

/** The eligible studies of a list, in input order, and how many were left out. */
export function eligibleStudies(studies: readonly CtgovStudy[]): {
  eligible: BenchmarkStudy[];
  excluded: number;
} {
  const eligible: BenchmarkStudy[] = [];
  for (const s of studies) {
    const b = toBenchmarkStudy(s);
    if (typeof b !== 'string') eligible.push(b);
  }
  return { eligible, excluded: studies.length - eligible.length };
}

/** Deterministic fold of a study (FNV-1a hash of its NCT id), 0 … k−1. */
export function foldOf(nct: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < nct.length; i++) {
    h ^= nct.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % k;
}
