/** One palette and style for every chart, so screens and reports look alike. */
export const CHART_COLORS = ['#1f5fbf', '#d9822b', '#2a9d6f', '#9b3fb0', '#c2413b', '#5b6675'] as const;
export const PHASE_COLORS = {
  approval: '#1f5fbf',
  gates: '#9b3fb0',
  contract: '#d9822b',
  initiation: '#2a9d6f',
} as const;
export const colorAt = (i: number): string => CHART_COLORS[i % CHART_COLORS.length] as string;
export const formatMonths = (m: number) => (Number.isFinite(m) ? `${m.toFixed(1)} mo` : 'not reached');
