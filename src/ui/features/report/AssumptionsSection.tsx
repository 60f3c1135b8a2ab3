import { formatRange } from '../../../domain/format';
import type { ReportModel } from '../../../io/deck/report-model';

/** Every country value the forecast used, with where it comes from; overrides and low confidence stand out. */
export function AssumptionsSection({ report }: { report: ReportModel }) {
  return (
    <section className="report-section" aria-labelledby="report-assumptions">
      <h3 id="report-assumptions">Key assumptions and their sources</h3>
      <p className="muted small">
        Most likely value (range). <span className="override">User overrides</span> are marked; low-confidence
        or unsourced values are flagged for review.
      </p>
      <table className="data compact report-assumptions">
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Parameter</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {report.assumptions.map((a) => (
            <tr
              key={`${a.iso2}:${a.parameter}`}
              className={a.confidence === 'low' ? 'report-low' : undefined}
            >
              <td>{a.country}</td>
              <td>{a.parameter}</td>
              <td className={`num${a.kind === 'override' ? ' override' : ''}`}>
                {a.kind === 'override' ? '✎ ' : ''}
                {formatRange(
                  a.value,
                  a.unit === 'fraction' || a.unit.startsWith('×') || a.unit === 'ratio' ? 2 : 0,
                )}
              </td>
              <td>{a.unit}</td>
              <td className="small">{a.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
