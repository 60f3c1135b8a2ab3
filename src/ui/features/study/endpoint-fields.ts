import type { Endpoint } from '../../../domain/workspace/index';
import { optionsFrom, parseDecimal } from '../../components/form';
import type { FieldSpec } from './StudyFieldInput';

export type EndpointKey = Exclude<keyof Endpoint, never>;
type Kind = 'number' | 'integer' | 'percent' | 'date' | 'select' | 'pieces';

export interface EndpointField extends FieldSpec {
  key: EndpointKey;
  kind: Kind;
  /** Shown only for this kind of analysis (both when absent). */
  only?: Endpoint['kind'];
}

const ANALYSIS_LABELS: Record<Endpoint['kind'], string> = {
  enrollment: 'Enrollment-driven (fixed follow-up after LPI)',
  events: 'Event-driven (required number of events)',
};
const SCORE_ON_LABELS: Record<Endpoint['scoreOn'], string> = {
  lpi: 'Last patient in (enrollment deadline)',
  topline: 'Topline (topline deadline)',
};

/** The fields of an event-driven analysis only (the survival inputs of the events model). */
const EVENT_DRIVEN_FIELDS: readonly EndpointField[] = [
  {
    key: 'requiredEvents',
    label: 'Required events',
    kind: 'integer',
    help: 'Deaths or progressions at the primary analysis (e.g. Schoenfeld’s formula).',
  },
  {
    key: 'controlMedianMonths',
    label: 'Control-arm median (months)',
    kind: 'number',
    help: 'Exponential: hazard ln 2 / median.',
  },
  {
    key: 'controlHazardPieces',
    label: 'Piecewise control hazard (optional)',
    kind: 'pieces',
    help: 'month:hazard per month, e.g. "0:0.08, 6:0.05" (or "0:0,08; 6:0,05"); replaces the median.',
  },
  { key: 'hazardRatio', label: 'Hazard ratio (experimental / control)', kind: 'number' },
  { key: 'allocation', label: 'Allocation to experimental arm (%)', kind: 'percent' },
  {
    key: 'dropoutRatePerYear',
    label: 'Dropout per year (%)',
    kind: 'percent',
    help: 'Lost to follow-up before an event, independent of it.',
  },
];

/** The primary-analysis fields, in display order. Percentages are shown 0–100 and stored as 0–1. */
export const ENDPOINT_FIELDS: readonly EndpointField[] = [
  { key: 'kind', label: 'Primary analysis', kind: 'select', options: optionsFrom(ANALYSIS_LABELS) },
  {
    key: 'followUpMonths',
    label: 'Follow-up after last patient in (months)',
    kind: 'number',
    only: 'enrollment',
  },
  ...EVENT_DRIVEN_FIELDS.map((f) => ({ ...f, only: 'events' as const })),
  { key: 'dbLockLagMonths', label: 'Database lock after last follow-up / event (months)', kind: 'number' },
  { key: 'toplineLagMonths', label: 'Topline after database lock (months)', kind: 'number' },
  {
    key: 'scoreOn',
    label: 'Speed score and P(deadline) use',
    kind: 'select',
    options: optionsFrom(SCORE_ON_LABELS),
  },
  {
    key: 'readoutDeadline',
    label: 'Topline deadline',
    kind: 'date',
    help: 'Needed when scoring on topline.',
  },
];

function piecesText(pieces: Endpoint['controlHazardPieces']): string {
  return pieces.map((p) => `${p.fromMonth}:${p.hazardPerMonth}`).join(', ');
}

/** The text shown for a text-like field (select, date, pieces); numbers go through NumberField. */
export function endpointText(field: EndpointField, endpoint: Endpoint): string {
  if (field.kind === 'pieces') return piecesText(endpoint.controlHazardPieces);
  const v = endpoint[field.key];
  return v === undefined ? '' : String(v);
}

function parseNumber(text: string): number | string {
  const n = parseDecimal(text);
  return Number.isNaN(n) && text.trim() !== '' ? text : n;
}

/**
 * "0:0.08, 6:0.05" → pieces; text that does not parse becomes a piece with NaN so validation says
 * why. With a semicolon between pieces ("0:0,08; 6:0,05") a comma is a decimal mark.
 */
function parsePieces(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return trimmed.split(trimmed.includes(';') ? /;\s*/ : /,\s*/).map((part) => {
    const [from, hazard] = part.split(':');
    return { fromMonth: parseNumber(from ?? ''), hazardPerMonth: parseNumber(hazard ?? '') };
  });
}

/** The stored value of a text-like field (not yet validated). */
export function endpointValueFromText(field: EndpointField, text: string): unknown {
  if (field.kind === 'pieces') return parsePieces(text);
  if (field.kind === 'date') return text.trim() === '' ? undefined : text.trim();
  return text;
}
