export { scorecardScore, CRITERION_LABELS, MAX_RATING } from './scorecard';
export type { ScorecardLine, ScorecardResult } from './scorecard';
export { croCoversCountry, scenarioCroCoverage } from './coverage';
export type { CountryCoverage, CoverageStatus, ScenarioCoverage } from './coverage';
