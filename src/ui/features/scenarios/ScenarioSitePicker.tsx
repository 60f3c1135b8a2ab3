import { useMemo, useState } from 'react';
import { getCountry } from '../../../domain/reference/index';
import { scenarioSiteIds, type Scenario } from '../../../domain/workspace/index';
import { addSitesToScenario, removeSitesFromScenario } from '../../../state/actions/scenario-sites';
import { TableHead } from '../../components/simple-table/TableHead';
import { useSiteRows } from '../sites/use-site-rows';
import { filterSiteRows } from './site-picker-filter';

const MAX_ROWS = 200;
const PICKER_COLUMNS = [
  'In',
  'Site',
  'Country',
  { header: 'Prior /mo', numeric: true },
  'PI',
  { header: 'PI trials', numeric: true },
];
const num = (raw: string) => (raw.trim() === '' ? undefined : Number(raw));
const countryName = (iso2: string) => getCountry(iso2)?.name ?? iso2;

/** A "at least" box of the picker's toolbar: filters as the user types; empty means no minimum. */
function MinimumFilter(props: {
  label: string;
  name: string;
  decimals?: boolean;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <label className="dt-inline">
      {props.label}
      <input
        className="narrow"
        aria-label={props.name}
        inputMode={props.decimals ? 'decimal' : 'numeric'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * Chooses which workspace sites this scenario uses: search and filter the site list (country,
 * prior rate, PI experience), tick sites one by one, or add/remove every site shown or every site
 * of a country at once. Adding a site puts its country in the scenario with named sites.
 */
export function ScenarioSitePicker({ scenario }: { scenario: Scenario }) {
  const { workspace, rows } = useSiteRows({ withScenarioNames: false });
  const [text, setText] = useState('');
  const [country, setCountry] = useState('');
  const [minPrior, setMinPrior] = useState('');
  const [minTrials, setMinTrials] = useState('');
  const inScenario = useMemo(() => scenarioSiteIds(scenario), [scenario]);
  const countries = useMemo(
    () => [...new Set(workspace.sites.map((s) => s.country))].sort(),
    [workspace.sites],
  );
  const shown = useMemo(
    () => filterSiteRows(rows, { text, country, minPrior: num(minPrior), minPiTrials: num(minTrials) }),
    [rows, text, country, minPrior, minTrials],
  );
  const ids = shown.map((r) => r.site.id);
  const shownIn = ids.filter((id) => inScenario.has(id)).length;
  const countryIds = country ? workspace.sites.filter((s) => s.country === country).map((s) => s.id) : [];

  return (
    <div className="site-picker" role="group" aria-label={`Sites for ${scenario.name}`}>
      <p data-testid="site-picker-count">
        <strong>{inScenario.size}</strong> of {workspace.sites.length} workspace sites are in this scenario.
        Ticking a site adds it as a named site (its country joins the scenario, or stops counting generic
        sites).
      </p>
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search sites"
          placeholder="Search name, id, city, PI"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="dt-inline">
          Country
          <select aria-label="Filter by country" value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="">All countries</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
        <MinimumFilter
          label="Prior ≥ (/mo)"
          name="Minimum prior rate"
          decimals
          value={minPrior}
          onChange={setMinPrior}
        />
        <MinimumFilter
          label="PI trials ≥"
          name="Minimum PI trials in the area"
          value={minTrials}
          onChange={setMinTrials}
        />
      </div>
      <div className="toolbar">
        <span className="muted">
          {shown.length} shown, {shownIn} in the scenario
        </span>
        <button
          type="button"
          disabled={shownIn === shown.length}
          onClick={() => addSitesToScenario(scenario.id, ids)}
        >
          Add all shown ({shown.length - shownIn})
        </button>
        <button
          type="button"
          disabled={shownIn === 0}
          onClick={() => removeSitesFromScenario(scenario.id, ids)}
        >
          Remove all shown ({shownIn})
        </button>
        {country && (
          <button type="button" onClick={() => addSitesToScenario(scenario.id, countryIds)}>
            Select all in {countryName(country)} ({countryIds.length})
          </button>
        )}
      </div>
      <table className="data compact site-picker__table">
        <caption className="sr-only">Workspace sites; ticked sites are in {scenario.name}</caption>
        <TableHead columns={PICKER_COLUMNS} />
        <tbody>
          {shown.slice(0, MAX_ROWS).map((r) => {
            const checked = inScenario.has(r.site.id);
            return (
              <tr key={r.site.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`In scenario: ${r.site.name}`}
                    checked={checked}
                    onChange={(e) =>
                      e.target.checked
                        ? addSitesToScenario(scenario.id, [r.site.id])
                        : removeSitesFromScenario(scenario.id, [r.site.id])
                    }
                  />
                </td>
                <td>{r.site.name}</td>
                <td>{r.site.country}</td>
                <td className="num">{r.prior ? r.prior.mean.toFixed(2) : '—'}</td>
                <td>{r.pi?.name ?? '—'}</td>
                <td className="num">{r.pi?.trialsInArea ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length > MAX_ROWS && (
        <p className="muted small">
          …and {shown.length - MAX_ROWS} more; narrow the search to see them (the buttons act on all{' '}
          {shown.length}).
        </p>
      )}
    </div>
  );
}

/** The picker behind a "Choose sites…" button, so a 10,000-site list is drawn only when asked for. */
export function ScenarioSitesSection({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide the site picker' : 'Choose sites…'}
      </button>
      {open && <ScenarioSitePicker scenario={scenario} />}
    </>
  );
}
