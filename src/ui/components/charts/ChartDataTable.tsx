import { useState, type ReactNode } from 'react';

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
      <figcaption>
        <strong>{title}</strong>
        <button
          type="button"
          className="link-button no-print"
          aria-expanded={showTable}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? 'Hide data table' : 'Show as data table'}
        </button>
      </figcaption>
      <div role="img" aria-label={title}>
        {children}
      </div>
      {caption && <div className="small muted">{caption}</div>}
      {showTable && (
        // Scrolls when long: focusable so keyboard users can scroll it (WCAG 2.1.1).
        <div className="chart-frame__table" tabIndex={0} role="region" aria-label={`${title}: data table`}>
          <table className="data compact">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                      {typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
