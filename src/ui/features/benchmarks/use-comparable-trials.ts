import { useEffect, useState } from 'react';
import type { ComparableTrial } from '../../../engine/benchmarks/comparable';

let cache: Promise<ComparableTrial[]> | undefined;

/** Fetches the compact comparable-trials list once (≈ 650 KB, shipped beside the app, not in the bundle). */
function load(): Promise<ComparableTrial[]> {
  cache ??= fetch('benchmarks/comparable-trials.json').then(async (r) => {
    if (!r.ok) throw new Error(`comparable trials: HTTP ${r.status}`);
    const data = (await r.json()) as unknown;
    if (!Array.isArray(data)) throw new Error('comparable trials: not a list');
    return data as ComparableTrial[];
  });
  cache.catch(() => {
    cache = undefined;
  });
  return cache;
}

export function useComparableTrials(): { trials: ComparableTrial[] | undefined; error: string | undefined } {
  const [trials, setTrials] = useState<ComparableTrial[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    load().then(
      (t) => live && setTrials(t),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { trials, error };
}
