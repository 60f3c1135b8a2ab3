/**
 * "Riskiest sites": the decile of sites whose enrollment is least predictable. For a site with a
 * gamma(α, β) prior on its rate (patients/month) open for T months, the count N is gamma–Poisson
 * (negative binomial) with E[N] = αT/β and Var[N] = αT/β + αT²/β², so its coefficient of
 * variation is CV = √(1/E[N] + 1/α): few expected patients or a vague prior (small α) → risky.
 * The lead may use any other per-site risk measure (e.g. low-confidence provenance → +∞).
 */

/** Coefficient of variation of a gamma–Poisson site's count over `months` (Infinity if E[N] = 0). */
export function gammaPoissonCv(shape: number, rate: number, months: number): number {
  const mean = (shape * months) / rate;
  return mean > 0 ? Math.sqrt(1 / mean + 1 / shape) : Infinity;
}

/**
 * Share (0–1) of total expected enrollment that comes from the `fraction` (default 10%, at least
 * one site) of sites with the highest `risk`; ties broken by site order. 0 when nothing is expected.
 */
export function riskiestShare(expected: ArrayLike<number>, risk: ArrayLike<number>, fraction = 0.1): number {
  const n = expected.length;
  if (n === 0) return 0;
  if (risk.length !== n) throw new RangeError('riskiestShare: expected and risk must have the same length');
  const k = Math.min(n, Math.max(1, Math.ceil(fraction * n)));
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => risk[b]! - risk[a]! || a - b);
  let top = 0;
  let all = 0;
  for (let i = 0; i < n; i++) all += expected[i]!;
  for (let j = 0; j < k; j++) top += expected[idx[j]!]!;
  return all > 0 ? top / all : 0;
}
