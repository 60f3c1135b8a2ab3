import type { ReferenceCountry } from './load';
import type { Pathway, PathwayStep } from './pathway';
import { mostLikely } from './provenance';

/** Calendar days a span of `days` of the given type covers, ignoring holidays (5 WD ≈ 7 days). */
function approxCalendarDays(days: number, dayType: PathwayStep['dayType']): number {
  return dayType === 'working' ? (days * 7) / 5 : days;
}

/**
 * Approximate regulatory total of a pathway in calendar days, along its critical path (steps
 * wait for `after`, default the previous step; `[]` means from submission). Working days count
 * as 7/5 calendar days and holidays are ignored: for tables and sorting only — the clock engine
 * computes exact dates.
 * @param withRfi add each step's maximum RFI / clock-stop allowance.
 */
export function nominalApprovalDays(pathway: Pathway, withRfi = false): number {
  const ends = new Map<string, number>();
  let previous: string | undefined;
  let total = 0;
  for (const s of pathway.steps) {
    const deps = s.after ?? (previous === undefined ? [] : [previous]);
    const start = Math.max(0, ...deps.map((d) => ends.get(d) ?? 0));
    let span = approxCalendarDays(s.days, s.dayType);
    if (withRfi && s.rfiMaxDays !== undefined)
      span += approxCalendarDays(s.rfiMaxDays, s.rfiDayType ?? s.dayType);
    const end = start + span;
    ends.set(s.id, end);
    total = Math.max(total, end);
    previous = s.id;
  }
  return Math.round(total);
}

export interface CountrySummary {
  iso2: string;
  name: string;
  region: string;
  authorityId: string;
  defaultPathwayId: string;
  /** Approximate calendar days of the default pathway, no RFI. */
  approvalDays: number;
  /** Same with the maximum RFI / clock-stop allowances. */
  approvalDaysWithRfi: number;
  /** Most likely per-patient cost index vs US (US = 1). */
  perPatientCostIndex: number;
  /** Most likely overall recruitment multiplier. */
  recruitmentMultiplier: number;
  currency: string;
}

/** Key medians of a country for lists and the CLI. */
export function countrySummary(c: ReferenceCountry, pathway: Pathway): CountrySummary {
  return {
    iso2: c.iso2,
    name: c.name,
    region: c.region,
    authorityId: c.authorityId,
    defaultPathwayId: pathway.id,
    approvalDays: nominalApprovalDays(pathway),
    approvalDaysWithRfi: nominalApprovalDays(pathway, true),
    perPatientCostIndex: mostLikely(c.costs.perPatientCostIndexVsUS),
    recruitmentMultiplier: mostLikely(c.recruitment.overallMultiplier),
    currency: c.currency,
  };
}
