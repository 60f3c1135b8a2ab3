import { toCsv } from '../../../io/export/index';
import { downloadFile } from '../../../io/download';
import type { BlankedField } from '../../../io/site-import/update-merge';
import type { CountryNameMapping } from '../../../io/site-import/country-cell';
import { SimpleTable } from '../../components/simple-table/SimpleTable';
import { SITE_EXPORT_COLUMNS } from './export-columns';
import type { SiteRow } from './prior-inputs';

const MAX_SHOWN = 50;

/** The site template: the export's own importable columns (so a filled template round-trips) and one example row. */
export function downloadSiteTemplate(): void {
  const example: SiteRow = {
    site: {
      id: 'KR-001',
      name: 'Example University Hospital',
      // A name, to show that names are read as well as ISO codes.
      country: 'Korea, Republic of',
      city: 'Seoul',
      siteType: 'academic',
      selfEstimatePerMonth: 1.2,
      competingTrials: 1,
      lastStartupDays: 120,
      capPatients: 30,
      qualityFlags: [],
    },
    pi: {
      id: 'PI-EXAMPLE',
      name: 'Dr Example',
      specialty: 'Thoracic oncology',
      trialsInArea: 4,
      pastEnrollmentPerMonth: 0.9,
      qualityFlags: [],
    },
  } as unknown as SiteRow; // only `site` and `pi` are read by the importable columns
  const importable = SITE_EXPORT_COLUMNS.filter((c) => !c.header.startsWith('Prior '));
  downloadFile('site-list-template.csv', toCsv([example], importable), 'text/csv;charset=utf-8');
}

/** Country cells given as names and the ISO code each was read as, shown before anything is imported. */
export function CountryNamesTable({ names }: { names: CountryNameMapping[] }) {
  if (names.length === 0) return null;
  return (
    <>
      <h3>Country names read as codes</h3>
      <SimpleTable
        label="Country names"
        rows={names}
        rowKey={(n) => n.text}
        columns={[
          { key: 'text', header: 'In the file', cell: (n) => n.text },
          { key: 'iso2', header: 'Read as', cell: (n) => n.iso2 },
          { key: 'rows', header: 'Rows', cell: (n) => n.rows, numeric: true },
        ]}
      />
    </>
  );
}

/** Fields an "update existing" import would empty: listed, and applied only once the user confirms. */
export function BlankWarning({
  blanked,
  confirmed,
  onConfirm,
}: {
  blanked: BlankedField[];
  confirmed: boolean;
  onConfirm: (on: boolean) => void;
}) {
  const n = blanked.length;
  return (
    <div className="notice notice--error" role="alert" data-testid="import-blank-warning">
      <div>
        <strong>
          {n} field{n === 1 ? '' : 's'} would be blanked: the file has the column but the cell is empty, and
          the site has a value today.
        </strong>
        <ul>
          {blanked.slice(0, MAX_SHOWN).map((b, i) => (
            <li key={i}>
              row {b.row} ({b.siteId}), {b.column}: {b.was} → blank
            </li>
          ))}
        </ul>
        {n > MAX_SHOWN && <p className="muted small">…and {n - MAX_SHOWN} more.</p>}
        <label className="dt-inline">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} /> Blank
          these fields (otherwise fill the cells or remove the column, which keeps today&apos;s values)
        </label>
      </div>
    </div>
  );
}
