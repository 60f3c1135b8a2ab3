/** "JP, cn kr" → ["JP", "CN", "KR"]. */
export const parseCountryList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

export const STATUS_LABEL = { met: 'Met', 'at-risk': 'At risk', 'not-met': 'Not met' } as const;
