import { useState, type ReactNode } from 'react';
import { SimpleTable, type SimpleColumn } from '../simple-table/SimpleTable';
import { FigureCaption } from './FigureCaption';

/** A chart's text alternative: a toggle that shows the numbers behind it as a table. */
export function ChartFrame({
  title,
  children,
  columns,
  rows,
  caption,
}: {
  title: string;
  children: ReactNode;
  columns: string[];
  rows: (string | number)[][];
  caption?: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className="chart-frame">
      <FigureCaption title={title} tableShown={showTable} onToggleTable={() => setShowTable(!showTable)} />
      <div role="img" aria-label={title}>
        {children}
      </div>
      {caption && <div className="small muted">{caption}</div>}
      {showTable && (
        // Scrolls when long: focusable so keyboard users can scroll it (WCAG 2.1.1).
        <div className="chart-frame__table" tabIndex={0} role="region" aria-label={`${title}: data table`}>
          <SimpleTable
            caption={title}
            captionHidden
            rows={rows}
            rowKey={(_, i) => i}
            columns={columns.map((c, j): SimpleColumn<(string | number)[]> => ({
              key: String(j),
              header: c,
              className: (r) => (typeof r[j] === 'number' ? 'num' : undefined),
              cell: (r) => {
                const v = r[j];
                return typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : v;
              },
            }))}
          />
        </div>
      )}
    </figure>
  );
}
