import { OPEN_FIXED, OPEN_TRIANGULAR, OPEN_UNIFORM } from './types';
import type { Opening, SiteArrays, SiteGroup } from './types';

/** Allocates empty site arrays for `count` sites (no caps, never-activation 0, open at 0). */
export function allocateSites(count: number): SiteArrays {
  return {
    count,
    shape: new Float64Array(count),
    rate: new Float64Array(count),
    openKind: new Uint8Array(count),
    openA: new Float64Array(count),
    openB: new Float64Array(count),
    openC: new Float64Array(count),
    country: new Int32Array(count),
    cap: new Float64Array(count).fill(Infinity),
    pNever: new Float64Array(count),
  };
}

/** Writes one opening spec into slot i. */
export function setOpening(sites: SiteArrays, i: number, opening: number | Opening | undefined): void {
  const o: Opening =
    opening === undefined
      ? { kind: 'fixed', month: 0 }
      : typeof opening === 'number'
        ? { kind: 'fixed', month: opening }
        : opening;
  if (o.kind === 'fixed') {
    sites.openKind[i] = OPEN_FIXED;
    sites.openA[i] = o.month;
  } else if (o.kind === 'uniform') {
    sites.openKind[i] = OPEN_UNIFORM;
    sites.openA[i] = o.min;
    sites.openB[i] = o.max;
  } else {
    sites.openKind[i] = OPEN_TRIANGULAR;
    sites.openA[i] = o.min;
    sites.openB[i] = o.max;
    sites.openC[i] = o.mode;
  }
}

/**
 * Expands site groups into typed arrays; countries are indexed in order of first appearance
 * (groups without a countryId share the id "—").
 */
export function sitesFromGroups(
  groups: SiteGroup[],
  knownCountryIds: string[] = [],
): { sites: SiteArrays; countryIds: string[] } {
  const countryIds = [...knownCountryIds];
  const total = groups.reduce((n, g) => n + g.count, 0);
  const sites = allocateSites(total);
  let i = 0;
  for (const g of groups) {
    const id = g.countryId ?? '—';
    let ci = countryIds.indexOf(id);
    if (ci < 0) ci = countryIds.push(id) - 1;
    for (let k = 0; k < g.count; k++, i++) {
      sites.shape[i] = g.shape;
      sites.rate[i] = g.rate;
      setOpening(sites, i, g.opensAt);
      sites.country[i] = ci;
      sites.cap[i] = g.cap ?? Infinity;
      sites.pNever[i] = g.pNever ?? 0;
    }
  }
  return { sites, countryIds };
}
