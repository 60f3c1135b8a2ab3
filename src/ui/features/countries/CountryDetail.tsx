import { useEffect, useRef } from 'react';
import { getPathway, type Pathway } from '../../../domain/reference/index';
import { COUNTRY_PARAMETER_KEYS } from '../../../engine/evaluation/parameter-definitions';
import { addCountry, removeCountry, setCountryPathway } from '../../../state/actions/countries';
import { useAppStore } from '../../../state/store';
import type { CountryRow } from './country-rows';
import { OverrideEditor } from './OverrideEditor';
import { PathwayTimeline } from './PathwayTimeline';
import { SelectField } from '../../components/form';

/** The chosen country: add/remove it, its values with provenance and overrides, its pathway clock. */
export function CountryDetail({ row, onClose }: { row: CountryRow; onClose: () => void }) {
  const submission = useAppStore((s) => s.workspace.study.plannedFirstSubmission);
  const notify = useAppStore((s) => s.notify);
  const pathway = getPathway(row.pathwayId) as Pathway;
  // Opening a country moves focus here, so keyboard users need not tab through every table cell.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.iso2]);
  const pathways = row.country.pathwayIds
    .map((id) => getPathway(id))
    .filter((p): p is Pathway => p !== undefined);

  const onRemove = () => {
    const refused = removeCountry(row.iso2);
    if (refused) notify({ tone: 'error', title: `${row.name} was not removed.`, details: [refused] });
  };

  return (
    <aside className="panel detail-panel" aria-label={`${row.name} details`}>
      <div className="toolbar" style={{ justifyContent: 'space-between', marginTop: 0 }}>
        <h2 ref={heading} tabIndex={-1}>
          {row.name} <span className="muted small">{row.region}</span>
        </h2>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close country details">
          ✕
        </button>
      </div>
      <p className="small">
        {row.authority} · {row.currency}
        {row.country.nationalCompetentAuthority ? ` · ${row.country.nationalCompetentAuthority}` : ''}
      </p>
      {row.inWorkspace ? (
        <button type="button" onClick={onRemove}>
          Remove from workspace
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => addCountry(row.iso2)}>
          Add to workspace
        </button>
      )}
      {pathways.length > 1 && row.inWorkspace && (
        <SelectField
          id="pathway-choice"
          label="Regulatory pathway"
          className="pathway-choice"
          value={row.pathwayId}
          options={pathways.map((p) => ({ value: p.id, label: p.name }))}
          onCommit={(id) => {
            setCountryPathway(row.iso2, id);
            return null;
          }}
        />
      )}
      <h3>Values used by the planner</h3>
      {!row.inWorkspace && (
        <p className="small muted">Add the country to the workspace to override its values.</p>
      )}
      {COUNTRY_PARAMETER_KEYS.map((key) => (
        <OverrideEditor key={key} iso2={row.iso2} parameter={row.params[key]} editable={row.inWorkspace} />
      ))}
      <h3>{pathway.name}</h3>
      <PathwayTimeline pathway={pathway} submission={submission} />
      {pathway.gates.length > 0 && (
        <>
          <h3>Extra gates</h3>
          <ul className="small">
            {pathway.gates.map((g) => (
              <li key={g.id}>
                {g.label}: {g.durationDays.min}–{g.durationDays.max} days
                {g.appliesWhen ? ` (${g.appliesWhen})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {row.country.localPatientsRequiredForFiling?.required && (
        <p className="small">
          <strong>Local patients expected for filing:</strong>{' '}
          {row.country.localPatientsRequiredForFiling.note}
        </p>
      )}
      {row.country.notes && <p className="small muted">{row.country.notes}</p>}
    </aside>
  );
}
