import { formatMoney } from '../../../domain/format';
import type { ReportScenario } from '../../../io/deck/report-model';

function Bars({
  rows,
  currency,
}: {
  rows: { key: string; label: string; amount: number }[];
  currency: string;
}) {
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.amount)));
  return (
    <table className="data compact report-bars">
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="report-bars__bar" aria-hidden="true">
              <span
                style={{ width: `${(Math.abs(r.amount) / max) * 100}%` }}
                className={r.amount < 0 ? 'negative' : undefined}
              />
            </td>
            <td className="num">{formatMoney(r.amount, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Expected cost with its P10–P90 range, by category and by country; says so when not computed. */
export function CostSection({ scenario: s }: { scenario: ReportScenario }) {
  const cost = s.cost;
  if (!cost) {
    return (
      <>
        <h4>Cost</h4>
        <p className="muted">
          The cost model is not part of this evaluation, so no cost is shown (rather than a made-up one).
        </p>
      </>
    );
  }
  const names = new Map(s.countries.map((c) => [c.iso2, c.name]));
  return (
    <>
      <h4>Cost</h4>
      <p>
        Expected <strong>{formatMoney(cost.expected, cost.currency)}</strong>; P10–P90{' '}
        {formatMoney(cost.p10, cost.currency)} – {formatMoney(cost.p90, cost.currency)}.
      </p>
      <div className="report-two-col">
        <div>
          <h5>By category</h5>
          <Bars
            rows={cost.byCategory.map((c) => ({ key: c.category, label: c.label, amount: c.amount }))}
            currency={cost.currency}
          />
        </div>
        <div>
          <h5>By country</h5>
          <Bars
            rows={cost.byCountry.map((c) => ({
              key: c.iso2,
              label: names.get(c.iso2) ?? c.iso2,
              amount: c.amount,
            }))}
            currency={cost.currency}
          />
        </div>
      </div>
    </>
  );
}
