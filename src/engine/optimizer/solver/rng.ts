/**
 * Seeded random numbers for the optimizer's Monte Carlo verification: a thin adapter over the
 * engine's one generator (SFC32) and samplers in src/engine/random, so every engine draws its
 * randomness the same, tested way. Deterministic for a given seed on every JS engine.
 */
import { samplePoisson, sampleGamma, sampleStdNormal, Sfc32 } from '../../random/index';

export interface Rng {
  /** uniform on [0, 1) */
  next: () => number;
  normal: () => number;
  /** Gamma(shape, rate) — mean shape/rate */
  gamma: (shape: number, rate: number) => number;
  poisson: (mean: number) => number;
}

/** Creates a deterministic generator; equal seeds give equal streams. */
export function createRng(seed: number): Rng {
  const rng = new Sfc32(seed);
  return {
    next: () => rng.nextFloat(),
    normal: () => sampleStdNormal(rng),
    gamma: (shape, rate) => sampleGamma(rng, shape, rate),
    poisson: (mean) => samplePoisson(rng, mean),
  };
}
