import { PHASES, type Study } from '../../../domain/workspace/index';
import type { FieldSpec } from './StudyFieldInput';

export type FieldKind = 'text' | 'integer' | 'percent' | 'date' | 'select';

export interface StudyField extends FieldSpec {
  key: keyof Study;
  kind: FieldKind;
}

/** The Study form's fields, in display order. Percentages are shown 0–100 and stored as 0–1. */
export function studyFields(areas: readonly { value: string; label: string }[]): StudyField[] {
  return [
    { key: 'name', label: 'Study name', kind: 'text' },
    { key: 'indication', label: 'Indication', kind: 'text' },
    {
      key: 'therapeuticArea',
      label: 'Therapeutic area',
      kind: 'select',
      options: areas,
      help: 'Sets the recruitment-rate defaults per country.',
    },
    {
      key: 'phase',
      label: 'Phase',
      kind: 'select',
      options: PHASES.map((p) => ({ value: p, label: `Phase ${p}` })),
    },
    { key: 'targetRandomised', label: 'Target randomised patients', kind: 'integer' },
    {
      key: 'screenFailureRate',
      label: 'Screen-failure rate (%)',
      kind: 'percent',
      help: 'Share of screened patients not randomised.',
    },
    {
      key: 'dropoutRate',
      label: 'Dropout rate (%)',
      kind: 'percent',
      help: 'Share of randomised patients who are not evaluable.',
    },
    { key: 'plannedFirstSubmission', label: 'Planned first submission', kind: 'date' },
    { key: 'enrollmentDeadline', label: 'Enrollment deadline (last patient in)', kind: 'date' },
    {
      key: 'reportingCurrency',
      label: 'Reporting currency',
      kind: 'text',
      help: 'ISO 4217 code, e.g. USD, EUR, JPY.',
    },
  ];
}

/** The stored value of a text, date or select field, from what the user typed. */
export function fromInputText(field: StudyField, text: string): string {
  return field.key === 'reportingCurrency' ? text.trim().toUpperCase() : text;
}
