import type { DroppedCountry } from '../../../engine/optimizer/from-workspace/index';

/** Why each offered country got no sites in the chosen mix (see engine/optimizer/from-workspace/dropped.ts). */
export function DroppedCountries({ dropped }: { dropped: DroppedCountry[] }) {
  if (dropped.length === 0) return null;
  return (
    <div className="dropped-countries" data-testid="dropped-countries">
      <h3>Countries left out, and why</h3>
      <ul>
        {dropped.map((d) => (
          <li key={d.iso2}>{d.reason}</li>
        ))}
      </ul>
      <p className="muted small">
        Cost per patient = a site’s expected cost over the enrollment window ÷ its expected patients by the
        deadline (the optimizer’s own model). Pin a country with “At least” to require it.
      </p>
    </div>
  );
}
