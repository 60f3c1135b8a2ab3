import { SITE_TYPES } from '../../../domain/workspace/index';
import type { Site } from '../../../domain/workspace/index';
import { updateInvestigator, updateSite } from '../../../state/actions/sites';
import { useAppStore } from '../../../state/store';
import { CommitField, NumberField, SelectField } from '../../components/form';
import type { SiteRow } from './prior-inputs';
import { PriorExplanation } from './PriorExplanation';
const flags = (raw: string) =>
  raw
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

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
        <CommitField label="Site name" value={site.name} onCommit={(raw) => setSite({ name: raw })} />
        <CommitField label="City" value={site.city} onCommit={(raw) => setSite({ city: raw })} />
        <SelectField
          id="site-type"
          label="Site type"
          value={site.siteType}
          options={SITE_TYPES.map((t) => ({ value: t, label: t }))}
          onCommit={(v) => setSite({ siteType: v as Site['siteType'] })}
        />
        <NumberField
          label="Site estimate /month"
          optional
          value={site.selfEstimatePerMonth}
          onCommit={(v) => setSite({ selfEstimatePerMonth: v })}
        />
        <NumberField
          label="Competing trials"
          optional
          value={site.competingTrials}
          onCommit={(v) => setSite({ competingTrials: v ?? 0 })}
        />
        <NumberField
          label="Last start-up (days)"
          optional
          value={site.lastStartupDays}
          onCommit={(v) => setSite({ lastStartupDays: v })}
        />
        <CommitField
          label="Site quality flags"
          value={site.qualityFlags.join('; ')}
          help="Separate with ;"
          onCommit={(raw) => setSite({ qualityFlags: flags(raw) })}
        />
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
            <CommitField
              label="PI name"
              value={pi.name}
              onCommit={(raw) => updateInvestigator(pi.id, { name: raw })}
            />
            <CommitField
              label="Specialty"
              value={pi.specialty}
              onCommit={(raw) => updateInvestigator(pi.id, { specialty: raw })}
            />
            <NumberField
              label="Trials in this area"
              optional
              value={pi.trialsInArea}
              onCommit={(v) => updateInvestigator(pi.id, { trialsInArea: v ?? 0 })}
            />
            <NumberField
              label="Past enrolment /month"
              optional
              value={pi.pastEnrollmentPerMonth}
              help="Empty = unknown"
              onCommit={(v) => updateInvestigator(pi.id, { pastEnrollmentPerMonth: v })}
            />
            <CommitField
              label="PI quality flags"
              value={pi.qualityFlags.join('; ')}
              help="Separate with ;"
              onCommit={(raw) => updateInvestigator(pi.id, { qualityFlags: flags(raw) })}
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
