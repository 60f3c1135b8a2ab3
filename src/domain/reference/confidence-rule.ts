import type { Confidence, Evidence } from './provenance';

/**
 * The confidence rule (docs/reference-data.md): confidence follows from the kind and size of the
 * evidence, never from how authoritative a value looks.
 * - official (statute, regulation, regulator or government statistic) → high
 * - study (peer-reviewed or registry analysis): n ≥ 100 trials/sites → high; smaller or n unknown → medium
 * - single (one site, one programme, a vendor or trade press), derived, proxy, none → low
 */
export function confidenceFor(evidence: Evidence, n?: number): Confidence {
  if (evidence === 'official') return 'high';
  if (evidence === 'study') return n !== undefined && n >= 100 ? 'high' : 'medium';
  return 'low';
}

/** Sample size below which a study's figure is medium, not high. */
export const STUDY_N_FOR_HIGH = 100;
