import type { Endpoint } from '../../../domain/workspace/index';

export type EndpointKey = Exclude<keyof Endpoint, never>;
type Kind = 'number' | 'integer' | 'percent' | 'date' | 'select' | 'pieces';

export interface EndpointField {
  key: EndpointKey;
  label: string;
  kind: Kind;
  help?: string;
  options?: readonly { value: string; label: string }[];
  /** Shown only for this kind of analysis (both when absent). */
  only?: Endpoint['kind'];
}

/** The primary-analysis fields, in display order. Percentages are shown 0–100 and stored as 0–1. */
export const ENDPOINT_FIELDS: readonly EndpointField[] = [
  {
    key: 'kind',
    label: 'Primary analysis',
    kind: 'select',
    options: [
      { value: 'enrollment', label: 'Enrollment-driven (fixed follow-up after LPI)' },
      { value: 'events', label: 'Event-driven (required number of events)' },
    ],
  },
  {
    key: 'followUpMonths',
    label: 'Follow-up after last patient in (months)',
    kind: 'number',
    only: 'enrollment',
  },
  {
    key: 'requiredEvents',
    label: 'Required events',
    kind: 'integer',
    only: 'events',
    help: 'Deaths or progressions at the primary analysis (e.g. Schoenfeld’s formula).',
  },
  {
    key: 'controlMedianMonths',
    label: 'Control-arm median (months)',
    kind: 'number',
    only: 'events',
    help: 'Exponential: hazard ln 2 / median.',
  },
  {
    key: 'controlHazardPieces',
    label: 'Piecewise control hazard (optional)',
    kind: 'pieces',
    only: 'events',
    help: 'month:hazard per month, e.g. "0:0.08, 6:0.05"; replaces the median.',
  },
  { key: 'hazardRatio', label: 'Hazard ratio (experimental / control)', kind: 'number', only: 'events' },
  { key: 'allocation', label: 'Allocation to experimental arm (%)', kind: 'percent', only: 'events' },
  {
    key: 'dropoutRatePerYear',
    label: 'Dropout per year (%)',
    kind: 'percent',
    only: 'events',
    help: 'Lost to follow-up before an event, independent of it.',
  },
  { key: 'dbLockLagMonths', label: 'Database lock after last follow-up / event (months)', kind: 'number' },
  { key: 'toplineLagMonths', label: 'Topline after database lock (months)', kind: 'number' },
  {
    key: 'scoreOn',
    label: 'Speed score and P(deadline) use',
    kind: 'select',
    options: [
      { value: 'lpi', label: 'Last patient in (enrollment deadline)' },
      { value: 'topline', label: 'Topline (topline deadline)' },
    ],
  },
  {
    key: 'readoutDeadline',
    label: 'Topline deadline',
    kind: 'date',
    help: 'Needed when scoring on topline.',
  },
];

export type EndpointDraft = Record<EndpointKey, string>;

function piecesText(pieces: Endpoint['controlHazardPieces']): string {
  return pieces.map((p) => `${p.fromMonth}:${p.hazardPerMonth}`).join(', ');
}

export function endpointDraft(endpoint: Endpoint): EndpointDraft {
  const out = {} as EndpointDraft;
  for (const f of ENDPOINT_FIELDS) {
    const v = endpoint[f.key];
    if (f.kind === 'pieces') out[f.key] = piecesText(endpoint.controlHazardPieces);
    else if (f.kind === 'percent' && typeof v === 'number') out[f.key] = String(Math.round(v * 1000) / 10);
    else out[f.key] = v === undefined ? '' : String(v);
  }
  return out;
}

function parseNumber(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isNaN(n) ? text : n;
}

/** "0:0.08, 6:0.05" → pieces; text that does not parse becomes a piece with NaN so validation says why. */
function parsePieces(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return trimmed.split(/[,;]\s*/).map((part) => {
    const [from, hazard] = part.split(':');
    return { fromMonth: parseNumber(from ?? ''), hazardPerMonth: parseNumber(hazard ?? '') };
  });
}

/** Draft → candidate endpoint (not yet validated). */
export function endpointFromDraft(draft: EndpointDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ENDPOINT_FIELDS) {
    const text = draft[f.key];
    if (f.kind === 'pieces') out[f.key] = parsePieces(text);
    else if (f.kind === 'number' || f.kind === 'integer') out[f.key] = parseNumber(text);
    else if (f.kind === 'percent') {
      const n = parseNumber(text);
      out[f.key] = typeof n === 'number' ? n / 100 : n;
    } else if (f.kind === 'date') {
      if (text.trim() !== '') out[f.key] = text.trim();
    } else out[f.key] = text;
  }
  return out;
}
