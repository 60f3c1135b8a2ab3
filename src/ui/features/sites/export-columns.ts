import type { ExportColumn } from '../../../io/export/index';
import type { SiteRow } from './prior-inputs';

const round = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 1000);

/** Export columns: headers the importer recognises (round trip), then the prior for information. */
export const SITE_EXPORT_COLUMNS: ExportColumn<SiteRow>[] = [
  { header: 'Site ID', value: (r) => r.site.id },
  { header: 'Site name', value: (r) => r.site.name },
  { header: 'Country', value: (r) => r.site.country },
  { header: 'City', value: (r) => r.site.city },
  { header: 'Site type', value: (r) => r.site.siteType },
  { header: 'Site estimate per month', value: (r) => r.site.selfEstimatePerMonth },
  { header: 'Competing trials', value: (r) => r.site.competingTrials },
  { header: 'Last startup days', value: (r) => r.site.lastStartupDays },
  { header: 'Cap patients', value: (r) => r.site.capPatients },
  { header: 'Quality flags', value: (r) => r.site.qualityFlags.join('; ') },
  { header: 'PI ID', value: (r) => r.pi?.id },
  { header: 'PI name', value: (r) => r.pi?.name },
  { header: 'PI specialty', value: (r) => r.pi?.specialty },
  { header: 'PI trials in area', value: (r) => r.pi?.trialsInArea },
  { header: 'PI past enrollment per month', value: (r) => r.pi?.pastEnrollmentPerMonth },
  { header: 'PI quality flags', value: (r) => r.pi?.qualityFlags.join('; ') },
  { header: 'Prior mean per month', value: (r) => round(r.prior?.mean) },
  { header: 'Prior 5th percentile', value: (r) => round(r.prior?.interval90.low) },
  { header: 'Prior 95th percentile', value: (r) => round(r.prior?.interval90.high) },
];
