import type { TherapeuticAreaId } from '../../domain/reference/therapeutic-area';

/** A benchmark area: the planner's 8 therapeutic areas, or "other" for everything else. */
export type BenchmarkArea = TherapeuticAreaId | 'other';

/**
 * Keyword rules on MeSH condition terms and registered conditions (lower case), tried in this
 * order; the first match wins. Rare diseases come first because their names are specific (cystic
 * fibrosis would otherwise be "respiratory"); oncology next because tumours of any organ are
 * oncology. Word stems, not full MeSH trees: the extract carries terms, not tree numbers.
 */
const RULES: [BenchmarkArea, RegExp][] = [
  [
    'rare-disease',
    /cystic fibrosis|hemophilia|haemophilia|gaucher|fabry|pompe|mucopolysaccharid|duchenne|spinal muscular atrophy|huntington|amyotrophic|sickle cell|thalassemia|paroxysmal nocturnal|pulmonary arterial hypertension|idiopathic pulmonary fibrosis|hereditary angioedema|angioedemas, hereditary|osteogenesis imperfecta|short bowel|turner syndrome|hypereosinophilic|kawasaki|phenylketonuria|acromegaly|cushing|von willebrand|lysosomal|orphan|rare disease|urea cycle|narcolepsy|porphyri|myasthenia|amyloidosis|thrombocytopeni/,
  ],
  [
    'oncology',
    /neoplas|cancer|carcinom|tumou?r|lymphoma|leuka?emia|myeloma|melanoma|sarcoma|glioma|glioblastoma|blastoma|myelodysplas|mesothelioma|metasta|oncolog/,
  ],
  [
    'infectious-disease',
    /infection|infectious|hiv|aids\b|hepatitis|influenza|vaccin|pneumonia|bacter|viral|virus|tubercul|malaria|sepsis|fungal|candid|herpes|papilloma|meningococc|pneumococc|otitis|sinusitis|cellulitis|mycos|rotavirus|pertussis|diphtheria|tetanus|measles|rabies|cholera|typhoid|dengue/,
  ],
  [
    'cardiovascular',
    /heart|cardi|coronary|hypertension|atrial|myocard|angina|thromb|embolism|stroke|vascular|arter|aortic|venous|arrhythm|hyperlipid|hypercholesterol|dyslipid|lipid/,
  ],
  [
    'metabolic',
    /diabet|obes|overweight|metabolic|insulin|glyc|hypoglyc|gout|hyperuric|osteopor|thyroid|vitamin d|growth hormone|hypogonad/,
  ],
  ['respiratory', /asthma|pulmonary|copd|bronch|lung|respirat|emphysema|rhinitis|cough/],
  [
    'cns',
    /alzheimer|dementia|parkinson|schizophren|depress|bipolar|anxiety|epilep|seizure|migraine|headache|multiple sclerosis|attention deficit|adhd|autis|insomnia|sleep|neuropath|pain|fibromyalgia|restless legs|psychot|mental|cognitive|opioid|alcohol|smoking|nicotine|substance|dependence|neuralgia|brain|nervous system/,
  ],
  [
    'immunology',
    /arthritis|psoria|lupus|crohn|colitis|inflammatory bowel|spondyl|dermatitis|eczema|urticaria|sjogren|vasculitis|sclerod|autoimmun|allerg|transplant|graft|uveitis|immun/,
  ],
];

/** The benchmark area of a study from its MeSH terms, then its registered conditions. */
export function classifyArea(
  mesh: readonly string[] | null | undefined,
  conditions: readonly string[] | null | undefined,
): BenchmarkArea {
  const text = [...(mesh ?? []), ...(conditions ?? [])].join(' | ').toLowerCase();
  for (const [area, rule] of RULES) if (rule.test(text)) return area;
  return 'other';
}

/** Phases the recruitment model is fitted on (industry phase 2 to 3). */
export const BENCHMARK_PHASES = ['2', '2/3', '3'] as const;
export type BenchmarkPhase = (typeof BENCHMARK_PHASES)[number];

/** "Phase 2" → "2", "Phase 2/Phase 3" → "2/3", "Phase 3" → "3"; other phases → undefined. */
export function benchmarkPhase(phase: string | null | undefined): BenchmarkPhase | undefined {
  if (phase === 'Phase 2') return '2';
  if (phase === 'Phase 2/Phase 3') return '2/3';
  if (phase === 'Phase 3') return '3';
  return undefined;
}
