import { useAppStore } from '../../../state/store';
import { commitStudy } from './commit-study';
import { StudyFieldInput } from './StudyFieldInput';
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
          <StudyFieldInput
            key={field.key}
            idPrefix="endpoint"
            field={field}
            value={endpoint[field.key]}
            text={endpointText(field, endpoint)}
            fromText={(raw) => endpointValueFromText(field, raw)}
            commit={(value) => commit(field, value)}
          />
        ))}
      </form>
    </>
  );
}
