import { SITE_TYPES } from '../../../domain/workspace/index';
import type { Site } from '../../../domain/workspace/index';
import { updateInvestigator, updateSite } from '../../../state/actions/sites';
import { useAppStore } from '../../../state/store';
import { CommitField } from './CommitField';
import type { SiteRow } from './prior-inputs';
import { PriorExplanation } from './PriorExplanation';
import { parseNumberInput } from './site-columns';

const text = (v: number | undefined) => (v === undefined ? '' : String(v));
const num = (raw: string) => {
  const n = parseNumberInput(raw);
  return Number.isNaN(n) ? 'Enter a plain number (dot for decimals, no units)' : null;
};
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
        <div className="field">
          <label htmlFor="site-type">Site type</label>
          <select
            id="site-type"
            value={site.siteType}
            onChange={(e) => setSite({ siteType: e.target.value as Site['siteType'] })}
          >
            {SITE_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <CommitField
          label="Site estimate /month"
          inputMode="decimal"
          value={text(site.selfEstimatePerMonth)}
          onCommit={(raw) => num(raw) ?? setSite({ selfEstimatePerMonth: parseNumberInput(raw) })}
        />
        <CommitField
          label="Competing trials"
          inputMode="numeric"
          value={String(site.competingTrials)}
          onCommit={(raw) => num(raw) ?? setSite({ competingTrials: parseNumberInput(raw) ?? 0 })}
        />
        <CommitField
          label="Last start-up (days)"
          inputMode="numeric"
          value={text(site.lastStartupDays)}
          onCommit={(raw) => num(raw) ?? setSite({ lastStartupDays: parseNumberInput(raw) })}
        />
        <CommitField
          label="Site quality flags"
          value={site.qualityFlags.join('; ')}
          help="Separate with ;"
          onCommit={(raw) => setSite({ qualityFlags: flags(raw) })}
        />
      </div>

      <h3>Principal investigator</h3>
      <div className="field">
        <label htmlFor="site-pi">PI of this site</label>
        <select
          id="site-pi"
          value={site.investigatorId ?? ''}
          onChange={(e) => setSite({ investigatorId: e.target.value || undefined })}
        >
          <option value="">No PI</option>
          {investigators.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.id})
            </option>
          ))}
        </select>
      </div>
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
            <CommitField
              label="Trials in this area"
              inputMode="numeric"
              value={String(pi.trialsInArea)}
              onCommit={(raw) =>
                num(raw) ?? updateInvestigator(pi.id, { trialsInArea: parseNumberInput(raw) ?? 0 })
              }
            />
            <CommitField
              label="Past enrolment /month"
              inputMode="decimal"
              value={text(pi.pastEnrollmentPerMonth)}
              help="Empty = unknown"
              onCommit={(raw) =>
                num(raw) ?? updateInvestigator(pi.id, { pastEnrollmentPerMonth: parseNumberInput(raw) })
              }
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
