/**
 * Why the optimizer gave an offered country no sites. Each reason is computed from the same
 * quantities the search used (src/engine/optimizer/model.ts): a site's expected cost over the
 * window and its expected patients by the deadline, so their ratio is the price of a patient from
 * that country. The marginal line re-evaluates the chosen mix with one more site in the country.
 */
import { getCountry } from '../../../domain/reference/index';
import { compileProblem, evaluateMix, type OptimizerSpec } from '../solver/index';

export interface DroppedCountry {
  iso2: string;
  name: string;
  /** USD per expected patient by the deadline from one site; Infinity when a site adds none in time. */
  costPerPatient: number;
  /** Mean opening month of an activating site, from the planned first submission. */
  opensMonth: number;
  reason: string;
}

const usd = (x: number) => (x >= 1e6 ? `USD ${(x / 1e6).toFixed(2)}M` : `USD ${Math.round(x / 1000)}k`);
const meanOpening = (o: OptimizerSpec['countries'][number]['opensAt']) =>
  typeof o === 'number' ? o : (o.uniform[0] + o.uniform[1]) / 2;

/** One entry per offered country (max sites > 0) that the mix leaves at 0 sites, cheapest first. */
export function droppedCountries(spec: OptimizerSpec, sites: Record<string, number>): DroppedCountry[] {
  const problem = compileProblem(spec);
  const counts = spec.countries.map((c) => sites[c.id] ?? 0);
  const base = evaluateMix(problem, counts, 0);
  const price = spec.countries.map((_, i) =>
    (problem.mean[i] as number) > 1e-9 ? (problem.cost[i] as number) / (problem.mean[i] as number) : Infinity,
  );
  const chosen = spec.countries.map((_, i) => i).filter((i) => (counts[i] as number) > 0);
  const chosenPrices = chosen.map((i) => price[i] as number).filter(Number.isFinite);
  const lo = Math.min(...chosenPrices);
  const hi = Math.max(...chosenPrices);
  const out: DroppedCountry[] = [];
  spec.countries.forEach((c, i) => {
    if ((counts[i] as number) > 0) return;
    const name = getCountry(c.id)?.name ?? c.id;
    const opensMonth = meanOpening(c.opensAt);
    const p = price[i] as number;
    if (c.maxSites === 0) {
      out.push({
        iso2: c.id,
        name,
        costPerPatient: p,
        opensMonth,
        reason: `${name}: not offered (maximum 0 sites).`,
      });
      return;
    }
    if (!Number.isFinite(p)) {
      out.push({
        iso2: c.id,
        name,
        costPerPatient: p,
        opensMonth,
        reason: `${name}: its sites open after the deadline (month ${opensMonth.toFixed(1)} of ${spec.windowMonths.toFixed(1)}), so they add no patients in time.`,
      });
      return;
    }
    const plusOne = counts.map((n, k) => (k === i ? n + 1 : n));
    const more = evaluateMix(problem, plusOne, 0);
    const range =
      chosenPrices.length === 0
        ? ''
        : lo === hi
          ? ` (chosen countries: ${usd(lo)})`
          : ` (chosen countries: ${usd(lo)}–${usd(hi)})`;
    const why =
      chosenPrices.length > 0 && p > hi
        ? `dearer per patient than every chosen country: ${usd(p)} per patient by the deadline${range}`
        : `${usd(p)} per patient by the deadline${range}, cheaper than some chosen countries, but the cheapest mix found (it must also meet the pins and regional shares) reaches p without it`;
    out.push({
      iso2: c.id,
      name,
      costPerPatient: p,
      opensMonth,
      reason: `${name}: ${why}; sites open around month ${opensMonth.toFixed(1)}. One site here would add ${usd(more.cost - base.cost)} and ${((more.pSuccess - base.pSuccess) * 100).toFixed(1)} points of P(success).`,
    });
  });
  return out.sort((a, b) => a.costPerPatient - b.costPerPatient);
}
