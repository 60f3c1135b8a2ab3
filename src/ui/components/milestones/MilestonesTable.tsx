import { displayDate } from '../../../domain/dates';
import type { MilestonesResult } from '../../../engine/evaluation/milestones';
import { SimpleTable } from '../simple-table/SimpleTable';

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
    <SimpleTable
      caption={caption}
      testId="milestones-table"
      rows={rows.map((row, index) => ({ row, index }))}
      rowKey={({ row }) => row.id}
      rowProps={({ row }) => ({ 'data-milestone': row.id })}
      columns={[
        { key: 'label', header: 'Milestone', cell: ({ row }) => row.label, rowHeader: true },
        ...columns.map((c) => ({
          key: c.id,
          header: c.name,
          cell: ({ index }: { index: number }) => {
            const m = c.milestones?.milestones[index];
            return m ? (
              <>
                <strong>{show(m.dates.p50)}</strong>
                <br />
                <span className="small muted">
                  {show(m.dates.p10)} – {show(m.dates.p90)}
                </span>
              </>
            ) : (
              '—'
            );
          },
        })),
      ]}
    />
  );
}
