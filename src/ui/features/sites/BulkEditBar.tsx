import { useState } from 'react';
import { SITE_TYPES } from '../../../domain/workspace/index';
import type { Site } from '../../../domain/workspace/index';
import { deleteSites, updateSites } from '../../../state/actions/sites';
import { ScenarioBulkActions } from './ScenarioBulkActions';
import { parseNumberInput } from './site-columns';

/** Edits every selected site at once (one undo step; all or nothing). */
export function BulkEditBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [siteType, setSiteType] = useState<Site['siteType']>('academic');
  const [competing, setCompeting] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = (patch: Partial<Site>) => setError(updateSites(ids, patch));
  return (
    <div className="toolbar bulk-bar" role="group" aria-label="Bulk edit selected sites">
      <strong>{ids.length} selected</strong>
      <span className="dt-inline">
        <label className="dt-inline">
          Site type
          <select value={siteType} onChange={(e) => setSiteType(e.target.value as Site['siteType'])}>
            {SITE_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => run({ siteType })}>
          Set type
        </button>
      </span>
      <span className="dt-inline">
        <label className="dt-inline">
          Competing trials
          <input
            className="narrow"
            inputMode="numeric"
            value={competing}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setCompeting(e.target.value)}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            const n = parseNumberInput(competing);
            if (n === undefined || Number.isNaN(n)) setError('Enter a whole number of competing trials');
            else run({ competingTrials: n });
          }}
        >
          Set competing
        </button>
      </span>
      <ScenarioBulkActions ids={ids} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(`Delete ${ids.length} site(s)? (Undo brings them back.)`)) {
            deleteSites(ids);
            onDone();
          }
        }}
      >
        Delete
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Clear selection
      </button>
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
