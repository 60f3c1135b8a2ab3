/** "US 12, JP 4" from a mix, zero counts left out. */
export const mixSummary = (sites: Record<string, number>) =>
  Object.entries(sites)
    .filter(([, n]) => n > 0)
    .map(([iso2, n]) => `${iso2} ${n}`)
    .join(', ');
