/** Valid `mrct forecast` and `mrct optimize` specs that the fuzz tests start from and mutate. */
export const FORECAST_SPEC = {
  target: 60,
  siteGroups: [
    { count: 6, shape: 2, rate: 4, opensAt: 0, countryId: 'US' },
    { count: 4, shape: 3, rate: 5, opensAt: { uniform: [1, 4] }, countryId: 'JP', cap: 12 },
    { count: 3, shape: 1.5, rate: 2, opensAt: { triangular: [0, 2, 5] }, countryId: 'DE' },
  ],
  at: [6, 12],
  deadline: 18,
  countryCaps: { US: 40 },
  screenFailure: 0.3,
  dropout: 0.1,
  countEvaluable: false,
};

export const OPTIMIZER_SPEC = {
  target: 40,
  windowMonths: 24,
  successProbability: 0.85,
  countries: [
    {
      id: 'A',
      rateMean: 1.0,
      rateVariance: 0.2,
      minSites: 0,
      maxSites: 6,
      siteStartupCost: 15000,
      siteMonthlyCost: 3000,
      perPatientCost: 1000,
      dropoutRate: 0.01,
      opensAt: { uniform: [0, 6] },
    },
    {
      id: 'B',
      rateMean: 0.5,
      rateVariance: 0.1,
      minSites: 0,
      maxSites: 6,
      siteStartupCost: 9000,
      siteMonthlyCost: 2000,
      perPatientCost: 900,
      dropoutRate: 0.02,
      opensAt: 3,
    },
  ],
  regions: [{ id: 'R', countries: ['B'], minShare: 0.2 }],
};
