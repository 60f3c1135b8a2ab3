/** Therapeutic areas offered on the Study screen (ids match the reference data's areas). */
export function therapeuticAreaOptions(): { value: string; label: string }[] {
  return [
    { value: 'oncology', label: 'Oncology' },
    { value: 'cardiovascular', label: 'Cardiovascular' },
    { value: 'neurology', label: 'CNS / neurology' },
    { value: 'metabolic', label: 'Metabolic / endocrine' },
    { value: 'infectious', label: 'Infectious disease' },
    { value: 'immunology', label: 'Immunology / inflammation' },
    { value: 'respiratory', label: 'Respiratory' },
    { value: 'rare', label: 'Rare disease' },
  ];
}
