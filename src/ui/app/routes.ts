import { useSyncExternalStore } from 'react';

export const ROUTES = [
  { id: 'overview', label: 'Overview' },
  { id: 'study', label: 'Study' },
  { id: 'countries', label: 'Countries' },
  { id: 'sites', label: 'Sites & PIs' },
  { id: 'cros', label: 'CROs' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'compare', label: 'Compare' },
  { id: 'report', label: 'Report' },
  { id: 'benchmarks', label: 'Benchmarks' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

function currentRoute(): RouteId {
  const id = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.some((r) => r.id === id) ? (id as RouteId) : 'overview';
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** Hash routing: works from a file or any static host with no server rewrites. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, currentRoute, () => 'overview' as RouteId);
}
