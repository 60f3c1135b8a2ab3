import { THERAPEUTIC_AREA_IDS, type TherapeuticAreaId } from '../../../domain/reference/therapeutic-area';

const LABELS: Record<TherapeuticAreaId, string> = {
  oncology: 'Oncology',
  cardiovascular: 'Cardiovascular',
  cns: 'CNS / neurology',
  metabolic: 'Metabolic / endocrine',
  'infectious-disease': 'Infectious disease',
  immunology: 'Immunology / inflammation',
  respiratory: 'Respiratory',
  'rare-disease': 'Rare disease',
};

/** Therapeutic areas offered on the Study screen: exactly the reference data's areas. */
export function therapeuticAreaOptions(): { value: string; label: string }[] {
  return THERAPEUTIC_AREA_IDS.map((id) => ({ value: id, label: LABELS[id] }));
}
