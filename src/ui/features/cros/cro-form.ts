import { SCORECARD_CRITERIA } from '../../../domain/workspace/index';
import type { Cro } from '../../../domain/workspace/index';

/** The CRO form as the user types it: text everywhere, converted on save. */
export interface CroDraft {
  id: string;
  name: string;
  model: Cro['model'];
  regions: string[];
  countries: string;
  managementFeePct: string;
  monitoringPerSiteMonthUsd: string;
  passThroughMarkupPct: string;
  fxPolicy: Cro['fees']['fxPolicy'];
  startupSpeedFactor: string;
  scorecard: Record<(typeof SCORECARD_CRITERIA)[number], string>;
  notes: string;
}

const num = (t: string) => {
  const s = t.trim();
  return s === '' || !/^-?\d*\.?\d+$/.test(s) ? Number.NaN : Number(s);
};
const pctText = (x: number) => String(Math.round(x * 1000) / 10);

export function draftFromCro(c: Cro): CroDraft {
  return {
    id: c.id,
    name: c.name,
    model: c.model,
    regions: [...c.coverage.regions],
    countries: c.coverage.countries.join(', '),
    managementFeePct: pctText(c.fees.managementFeePct),
    monitoringPerSiteMonthUsd: String(c.fees.monitoringPerSiteMonthUsd),
    passThroughMarkupPct: pctText(c.fees.passThroughMarkupPct),
    fxPolicy: c.fees.fxPolicy,
    startupSpeedFactor: String(c.startupSpeedFactor),
    scorecard: Object.fromEntries(
      SCORECARD_CRITERIA.map((k) => [k, String(c.scorecard[k])]),
    ) as CroDraft['scorecard'],
    notes: c.notes,
  };
}

export function blankCroDraft(id: string): CroDraft {
  return {
    id,
    name: '',
    model: 'full-service',
    regions: [],
    countries: '',
    managementFeePct: '15',
    monitoringPerSiteMonthUsd: '2000',
    passThroughMarkupPct: '5',
    fxPolicy: 'pass-through',
    startupSpeedFactor: '1',
    scorecard: { quality: '3', capacity: '3', regulatory: '3', therapeutic: '3', governance: '3' },
    notes: '',
  };
}

/** Converts the draft to a CRO candidate for validation; percentages become fractions. */
export function croFromDraft(d: CroDraft): Cro {
  return {
    id: d.id.trim(),
    name: d.name,
    model: d.model,
    coverage: {
      regions: d.regions,
      countries: d.countries
        .split(/[\s,;]+/)
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    },
    fees: {
      managementFeePct: num(d.managementFeePct) / 100,
      monitoringPerSiteMonthUsd: num(d.monitoringPerSiteMonthUsd),
      passThroughMarkupPct: num(d.passThroughMarkupPct) / 100,
      fxPolicy: d.fxPolicy,
    },
    startupSpeedFactor: num(d.startupSpeedFactor),
    scorecard: Object.fromEntries(
      SCORECARD_CRITERIA.map((k) => [k, num(d.scorecard[k])]),
    ) as Cro['scorecard'],
    notes: d.notes,
  };
}
