import type { BenchmarkArea, BenchmarkPhase } from './classify';
import type { BenchmarkStudy } from './eligibility';

/** One completed trial, compact: what the comparable-trials list shows. */
export interface ComparableTrial {
  nct: string;
  area: BenchmarkArea;
  phase: BenchmarkPhase;
  enrollment: number;
  /** Estimated enrollment period, months. */
  months: number;
  sites: number;
  /** Sites per country, "US:12 JP:3". */
  countries: string;
  /** Patients per site per month (enrollment / (sites × months)). */
  rate: number;
}

export function toComparable(s: BenchmarkStudy): ComparableTrial {
  return {
    nct: s.nct,
    area: s.area,
    phase: s.phase,
    enrollment: s.enrollment,
    months: Number(s.months.toFixed(1)),
    sites: s.totalSites,
    countries: s.sites.map(([c, n]) => `${c}:${n}`).join(' '),
    rate: Number((s.enrollment / (s.totalSites * s.months)).toPrecision(3)),
  };
}

/** Sites in a country of a comparable trial (0 when absent). */
export function sitesIn(trial: ComparableTrial, iso2: string): number {
  const m = new RegExp(`(?:^| )${iso2}:(\\d+)`).exec(trial.countries);
  return m ? Number(m[1]) : 0;
}

export interface ComparableQuery {
  area: BenchmarkArea;
  /** "2" matches phase 2; "3" matches phase 3 and 2/3. */
  phase?: '2' | '3';
  /** Planned enrollment: trials between a third and three times this size are kept. */
  targetEnrollment?: number;
  /** Keep only trials with sites in this country. */
  country?: string;
}

/** Comparable trials: same area, phase group, size within ×3 of the plan, optional country. */
export function findComparable(trials: readonly ComparableTrial[], q: ComparableQuery): ComparableTrial[] {
  return trials.filter(
    (t) =>
      t.area === q.area &&
      (q.phase === undefined || (q.phase === '2' ? t.phase === '2' : t.phase !== '2')) &&
      (q.targetEnrollment === undefined ||
        (t.enrollment >= q.targetEnrollment / 3 && t.enrollment <= q.targetEnrollment * 3)) &&
      (q.country === undefined || sitesIn(t, q.country) > 0),
  );
}

/** Empirical median and 80% range (P10–P90, linear interpolation) of the trials' rates. */
export function rateSummary(
  trials: readonly ComparableTrial[],
): { n: number; p10: number; p50: number; p90: number } | undefined {
  if (trials.length === 0) return undefined;
  const r = trials.map((t) => t.rate).sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (r.length - 1) * p;
    const lo = Math.floor(h);
    return r[lo]! + (h - lo) * (r[Math.min(lo + 1, r.length - 1)]! - r[lo]!);
  };
  return { n: r.length, p10: q(0.1), p50: q(0.5), p90: q(0.9) };
}

/** "your plan assumes 0.42 patients/site/month in JP; comparable trials: median 0.28, 80% range 0.11–0.61, n = 37". */
export function describePlanAgainst(
  planRate: number,
  iso2: string,
  trials: readonly ComparableTrial[],
): string {
  const s = rateSummary(trials);
  const f = (x: number) => (x >= 1 ? x.toFixed(1) : x.toFixed(2));
  if (!s)
    return `your plan assumes ${f(planRate)} patients/site/month in ${iso2}; no comparable trials with sites there`;
  return `your plan assumes ${f(planRate)} patients/site/month in ${iso2}; comparable trials: median ${f(s.p50)}, 80% range ${f(s.p10)}–${f(s.p90)}, n = ${s.n}`;
}
