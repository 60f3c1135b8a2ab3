import { prepareForecast, type PreparedForecast } from '../prepare';
import type { ForecastInput } from '../types';

/**
 * Work of one Monte Carlo run, in "site draws": every site's prior and opening, plus, with caps,
 * every arrival the capped streams generate. Without caps a run costs about one draw per site;
 * with caps each capped stream (a capped country, or a capped site of an uncapped country)
 * simulates its arrivals one by one up to min(its cap, the patients still needed), so the work
 * grows with the target: a capped forecast to 100,000 patients ran over 5 minutes at 10,000 runs,
 * and one to 10 million took ~5 s per run (issue #14). Budgets divide by this, not by sites alone.
 */
/**
 * One capped arrival costs about four site draws (an exponential draw, the merge and the sort):
 * measured on the sample with caps, ~1.3 µs per arrival against ~0.3 µs per uncapped site.
 */
export const ARRIVAL_WORK = 4;

export function monteCarloWorkPerRun(input: ForecastInput | PreparedForecast): number {
  const p = 'remaining' in input ? input : prepareForecast(input);
  const n = p.sites.count;
  if (!p.hasCaps) return n;
  const need = p.remaining;
  let arrivals = 0;
  const cappedCountry = (ci: number) => p.countryCap[ci] !== Infinity;
  for (let c = 0; c < p.countryCap.length; c++)
    if (cappedCountry(c)) arrivals += Math.min(p.countryCap[c]!, need);
  for (let i = 0; i < n; i++) {
    if (p.sites.cap[i] !== Infinity && !cappedCountry(p.sites.country[i]!))
      arrivals += Math.min(p.sites.cap[i]!, need);
  }
  return n + ARRIVAL_WORK * arrivals;
}
