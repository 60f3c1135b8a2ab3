import { formatRange } from '../../../domain/format';
import type { ReportModel } from '../../../io/deck/report-model';
import { SimpleTable } from '../../components/simple-table/SimpleTable';

/** Every country value the forecast used, with where it comes from; overrides and low confidence stand out. */
export function AssumptionsSection({ report }: { report: ReportModel }) {
  return (
    <section className="report-section" aria-labelledby="report-assumptions">
      <h3 id="report-assumptions">Key assumptions and their sources</h3>
      <p className="muted small">
        Most likely value (range). <span className="override">User overrides</span> are marked; low-confidence
        or unsourced values are flagged for review.
      </p>
      <SimpleTable
        className="report-assumptions"
        rows={report.assumptions}
        rowKey={(a) => `${a.iso2}:${a.parameter}`}
        rowProps={(a) => ({ className: a.confidence === 'low' ? 'report-low' : undefined })}
        columns={[
          { key: 'country', header: 'Country', cell: (a) => a.country },
          { key: 'parameter', header: 'Parameter', cell: (a) => a.parameter },
          {
            key: 'value',
            header: 'Value',
            numeric: true,
            className: (a) => (a.kind === 'override' ? 'override' : undefined),
            cell: (a) => (
              <>
                {a.kind === 'override' ? '✎ ' : ''}
                {formatRange(
                  a.value,
                  a.unit === 'fraction' || a.unit.startsWith('×') || a.unit === 'ratio' ? 2 : 0,
                )}
              </>
            ),
          },
          { key: 'unit', header: 'Unit', cell: (a) => a.unit },
          { key: 'source', header: 'Source', cell: (a) => a.source, className: () => 'small' },
        ]}
      />
    </section>
  );
}
