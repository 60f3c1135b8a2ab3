import type { ReactNode } from 'react';

/** A column heading: its text (or a node), right-aligned over numbers when `numeric`. */
export interface HeadColumn {
  header: ReactNode;
  /** React key; defaults to the header text (give one when the header is not a string). */
  key?: string;
  numeric?: boolean;
}

/**
 * The one header row of a plain table: `<th scope="col">` per column, class `num` over numeric
 * ones. A string is a column with that header. Used by SimpleTable and by the hand-built tables
 * whose cells are inputs.
 */
export function TableHead({ columns }: { columns: readonly (string | HeadColumn)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const col = typeof c === 'string' ? { header: c } : c;
          return (
            <th
              key={col.key ?? (typeof col.header === 'string' ? col.header : i)}
              scope="col"
              className={col.numeric ? 'num' : undefined}
            >
              {col.header}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
