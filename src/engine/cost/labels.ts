import type { CostCategory } from './types';

/** Readable names of the cost categories, shared by screens, deck, PDF and CLI. */
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  startup: 'Site start-up',
  patientsScreening: 'Patient visits: screening',
  patientsTreatment: 'Patient visits: treatment',
  patientsFollowUp: 'Patient visits: follow-up',
  screenFailures: 'Screen failures',
  siteRunning: 'Site running',
  monitoring: 'Monitoring',
  investigationalProduct: 'IP and comparator supply',
  centralLabImaging: 'Central lab and imaging',
  dataManagement: 'Data management and biostatistics',
  regulatoryEthics: 'Regulatory and ethics fees',
  insurance: 'Insurance',
  croFees: 'CRO fees',
  passThroughMarkup: 'Pass-through mark-up',
  fxRisk: 'FX hedging',
  incentive: 'Incentives (refund)',
};
