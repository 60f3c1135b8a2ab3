/**
 * The title row of a figure (a chart or the map): its title and the switch that shows the
 * numbers behind it as a table (the figure's text alternative). Not printed.
 */
export function FigureCaption({
  title,
  tableShown,
  onToggleTable,
}: {
  title: string;
  tableShown: boolean;
  onToggleTable: () => void;
}) {
  return (
    <figcaption>
      <strong>{title}</strong>
      <button
        type="button"
        className="link-button no-print"
        aria-expanded={tableShown}
        onClick={onToggleTable}
      >
        {tableShown ? 'Hide data table' : 'Show as data table'}
      </button>
    </figcaption>
  );
}
