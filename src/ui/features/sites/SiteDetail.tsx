import { SITE_TYPES } from '../../../domain/workspace/index';
import type { Investigator, Site } from '../../../domain/workspace/index';
import { updateInvestigator, updateSite } from '../../../state/actions/sites';
import { useAppStore } from '../../../state/store';
import { SelectField } from '../../components/form';
import type { SiteRow } from './prior-inputs';
import { PriorExplanation } from './PriorExplanation';
import { RecordFields, type RecordField } from './RecordFields';

const SITE_TYPE_OPTIONS = SITE_TYPES.map((t) => ({ value: t, label: t }));

const SITE_FIELDS: readonly RecordField<Site>[] = [
  { kind: 'text', key: 'name', label: 'Site name' },
  { kind: 'text', key: 'city', label: 'City' },
  { kind: 'select', key: 'siteType', label: 'Site type', id: 'site-type', options: SITE_TYPE_OPTIONS },
  { kind: 'number', key: 'selfEstimatePerMonth', label: 'Site estimate /month' },
  { kind: 'number', key: 'competingTrials', label: 'Competing trials', emptyIsZero: true },
  { kind: 'number', key: 'lastStartupDays', label: 'Last start-up (days)' },
  { kind: 'flags', key: 'qualityFlags', label: 'Site quality flags' },
];

const PI_FIELDS: readonly RecordField<Investigator>[] = [
  { kind: 'text', key: 'name', label: 'PI name' },
  { kind: 'text', key: 'specialty', label: 'Specialty' },
  { kind: 'number', key: 'trialsInArea', label: 'Trials in this area', emptyIsZero: true },
  { kind: 'number', key: 'pastEnrollmentPerMonth', label: 'Past enrolment /month', help: 'Empty = unknown' },
  { kind: 'flags', key: 'qualityFlags', label: 'PI quality flags' },
];

/**
 * The selected site and its PI. PI fields edit the investigator, so every site they lead changes;
 * the panel lists those sites. The prior is explained underneath.
 */
export function SiteDetail({
  row,
  onClose,
  onOpen,
}: {
  row: SiteRow;
  onClose: () => void;
  onOpen: (siteId: string) => void;
}) {
  const { site, pi } = row;
  const investigators = useAppStore((s) => s.workspace.investigators);
  const sitesOfPi = useAppStore((s) => s.workspace.sites).filter((s) => pi && s.investigatorId === pi.id);
  const setSite = (patch: Partial<Site>) => updateSite(site.id, patch);

  return (
    <aside className="panel site-detail" aria-label={`Site ${site.name}`}>
      <div className="site-detail__head">
        <div>
          <h2>{site.name}</h2>
          <p className="muted">
            {site.id} · {site.city ? `${site.city}, ` : ''}
            {site.country}
          </p>
        </div>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close site panel">
          ✕
        </button>
      </div>

      <h3>Rate prior</h3>
      <PriorExplanation row={row} />

      <h3>Site</h3>
      <div className="detail-grid">
        <RecordFields fields={SITE_FIELDS} record={site} update={setSite} />
      </div>

      <h3>Principal investigator</h3>
      <SelectField
        id="site-pi"
        label="PI of this site"
        value={site.investigatorId ?? ''}
        options={[
          { value: '', label: 'No PI' },
          ...investigators.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` })),
        ]}
        onCommit={(v) => setSite({ investigatorId: v || undefined })}
      />
      {pi && (
        <>
          <div className="detail-grid">
            <RecordFields
              fields={PI_FIELDS}
              record={pi}
              update={(patch) => updateInvestigator(pi.id, patch)}
            />
          </div>
          <p className="muted small">
            {sitesOfPi.length > 1
              ? `Leads ${sitesOfPi.length} sites; PI changes apply to all of them:`
              : 'Leads this site only.'}
          </p>
          {sitesOfPi.length > 1 && (
            <ul className="pi-sites">
              {sitesOfPi.map((s) => (
                <li key={s.id}>
                  {s.id === site.id ? (
                    <strong>{s.name}</strong>
                  ) : (
                    <button type="button" className="link-button" onClick={() => onOpen(s.id)}>
                      {s.name}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
