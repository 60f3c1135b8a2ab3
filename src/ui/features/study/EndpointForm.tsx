import type { Endpoint } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { CommitField, NumberField, SelectField } from '../../components/form';
import { commitStudy } from './commit-study';
import { ENDPOINT_FIELDS, endpointText, endpointValueFromText, type EndpointField } from './endpoint-fields';

/**
 * The primary analysis and readout lags (issue 19). Same controls as the Study form: each value is
 * checked against the whole study on leaving its field (so "required events ≤ patients" holds),
 * stored as one undo step, never stored invalid.
 */
export function EndpointForm() {
  const study = useAppStore((s) => s.workspace.study);
  const endpoint = study.endpoint;
  const commit = (field: EndpointField, value: unknown) =>
    commitStudy(
      { ...study, endpoint: { ...endpoint, [field.key]: value } },
      (path) => path[0] === 'endpoint' && (path[1] ?? 'kind') === field.key,
    );
  return (
    <>
      <h2>Primary analysis and readout</h2>
      <p className="muted">
        When the trial reads out: a fixed follow-up after last patient in, or the required number of events.
        See docs/events.md.
      </p>
      <form
        className="form-grid"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label="Primary analysis and readout"
      >
        {ENDPOINT_FIELDS.filter((f) => !f.only || f.only === endpoint.kind).map((field) => (
          <EndpointInput key={field.key} field={field} endpoint={endpoint} commit={commit} />
        ))}
      </form>
    </>
  );
}

function EndpointInput({
  field,
  endpoint,
  commit,
}: {
  field: EndpointField;
  endpoint: Endpoint;
  commit: (field: EndpointField, value: unknown) => string | null;
}) {
  const common = { id: `endpoint-${field.key}`, name: field.key, label: field.label, help: field.help };
  if (field.kind === 'select')
    return (
      <SelectField
        {...common}
        value={endpointText(field, endpoint)}
        options={field.options ?? []}
        onCommit={(v) => commit(field, v)}
      />
    );
  if (field.kind === 'number' || field.kind === 'integer' || field.kind === 'percent') {
    const value = endpoint[field.key];
    const percent = field.kind === 'percent';
    return (
      <NumberField
        {...common}
        value={typeof value === 'number' ? value : undefined}
        scale={percent ? 100 : 1}
        digits={percent ? 1 : 4}
        onCommit={(v) => commit(field, v)}
      />
    );
  }
  return (
    <CommitField
      {...common}
      type={field.kind === 'date' ? 'date' : 'text'}
      value={endpointText(field, endpoint)}
      onCommit={(raw) => commit(field, endpointValueFromText(field, raw))}
    />
  );
}
