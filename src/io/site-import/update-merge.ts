import type { Site } from '../../domain/workspace/index';
import { SITE_FIELDS, type ColumnMapping, type ImportFieldKey } from './fields';

/** A field an "update existing" import would empty, with what it holds today. */
export interface BlankedField {
  row: number;
  siteId: string;
  column: string;
  was: string;
}

/** Site fields an import can update (the id only identifies the site). */
const UPDATABLE = SITE_FIELDS.filter((f): f is Exclude<(typeof SITE_FIELDS)[number], 'id'> => f !== 'id');

/**
 * An update changes only what the file carries: a field with no column in the file keeps the
 * site's current value (a list with no "Cap" column must not erase every cap). The PI link is
 * kept the same way by the caller when no PI column is mapped.
 */
export function keepUnmapped(draft: Record<string, unknown>, existing: Site, mapping: ColumnMapping): void {
  for (const field of UPDATABLE) {
    if (
      mapping[field as ImportFieldKey] === null &&
      draft[field] === undefined &&
      existing[field] !== undefined
    )
      draft[field] = existing[field];
  }
}

const shown = (v: unknown) => (Array.isArray(v) ? v.join('; ') : String(v));
const hasValue = (v: unknown) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * Fields whose column is in the file but whose cell is empty, where the site has a value today
 * that the update would drop (reset to empty or to the default). These are what the export →
 * edit → re-import round trip lost silently before (issue 13: every site estimate).
 */
export function blankedFields(
  existing: Site,
  updated: Site,
  row: number,
  isBlankCell: (key: ImportFieldKey) => boolean,
  header: (key: ImportFieldKey) => string,
  piBlank: boolean,
): BlankedField[] {
  const out: BlankedField[] = [];
  for (const field of UPDATABLE) {
    const before = existing[field];
    if (!isBlankCell(field) || !hasValue(before)) continue;
    if (JSON.stringify(before) === JSON.stringify(updated[field])) continue;
    out.push({ row, siteId: existing.id, column: header(field), was: shown(before) });
  }
  if (piBlank && existing.investigatorId && !updated.investigatorId) {
    out.push({ row, siteId: existing.id, column: header('piId'), was: existing.investigatorId });
  }
  return out;
}
