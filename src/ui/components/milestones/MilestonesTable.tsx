import { displayDate } from '../../../domain/dates';
import type { MilestonesResult } from '../../../engine/evaluation/milestones';

export interface MilestoneColumn {
  id: string;
  name: string;
  milestones: MilestonesResult | undefined;
}

const show = (d: string | null) => (d ? displayDate(d) : 'not reached');

/**
 * First site activated → topline, one column per scenario: P50 date with its P10–P90 range
 * (issue 19). Used on Scenarios (one column) and Compare (one per scenario).
 */
export function MilestonesTable({
  columns,
  caption = 'Milestones (P50, with P10–P90)',
}: {
  columns: MilestoneColumn[];
  caption?: string;
}) {
  const rows = columns.find((c) => c.milestones)?.milestones?.milestones ?? [];
  if (rows.length === 0) return null;
  return (
    <table className="data compact" data-testid="milestones-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Milestone</th>
          {columns.map((c) => (
            <th scope="col" key={c.id}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.id} data-milestone={row.id}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => {
              const m = c.milestones?.milestones[r];
              return (
                <td key={c.id}>
                  {m ? (
                    <>
                      <strong>{show(m.dates.p50)}</strong>
                      <br />
                      <span className="small muted">
                        {show(m.dates.p10)} – {show(m.dates.p90)}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
