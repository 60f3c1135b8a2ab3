import { useState } from 'react';
import type { FilingMarket } from '../../../domain/workspace/index';
import {
  addFilingMarket,
  removeFilingMarket,
  updateFilingMarket,
} from '../../../state/actions/filing-markets';
import { useAppStore } from '../../../state/store';
import { CommitField, NumberField, parseDecimal } from '../../components/form';
import { TableHead } from '../../components/simple-table/TableHead';
import { parseCountryList } from './labels';
import { Method1Helper } from './Method1Helper';

/** The share as typed in percent, checked here so the reason names the field and the range. */
function commitShare(id: string, share: number | undefined): string | null {
  if (share === undefined || share < 0 || share > 1) return 'Minimum share: must be between 0% and 100%';
  return updateFilingMarket(id, { minShare: share });
}

function MarketRow({ market }: { market: FilingMarket }) {
  // Only Method 1's "Use this share" reports here; the inputs show their own reasons.
  const [error, setError] = useState<string | null>(null);
  const [helper, setHelper] = useState(false);
  const text = (field: 'label' | 'basis', label: string, size: number) => (
    <CommitField
      hideLabel
      label={`${label} for ${market.label}`}
      value={market[field]}
      size={size}
      onCommit={(raw) => updateFilingMarket(market.id, { [field]: raw.trim() })}
    />
  );
  return (
    <>
      <tr data-testid={`market-${market.id}`}>
        <td>{text('label', 'Name', 14)}</td>
        <td>
          <CommitField
            hideLabel
            label={`Countries for ${market.label}`}
            value={market.countries.join(', ')}
            size={10}
            onCommit={(raw) => updateFilingMarket(market.id, { countries: parseCountryList(raw) })}
          />
        </td>
        <td>
          <NumberField
            hideLabel
            label={`Minimum share (%) for ${market.label}`}
            value={market.minShare}
            scale={100}
            size={5}
            onCommit={(share) => commitShare(market.id, share)}
          />
        </td>
        <td>{text('basis', 'Basis', 36)}</td>
        <td className="market-actions">
          <button type="button" onClick={() => setHelper((h) => !h)} aria-expanded={helper}>
            Method 1…
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => removeFilingMarket(market.id)}
            aria-label={`Remove ${market.label}`}
          >
            Remove
          </button>
        </td>
      </tr>
      {error && (
        <tr>
          <td colSpan={5} role="alert" className="field__error">
            {error}
          </td>
        </tr>
      )}
      {helper && (
        <tr>
          <td colSpan={5}>
            <Method1Helper
              marketLabel={market.label}
              onClose={() => setHelper(false)}
              onUse={(share, basis) => {
                // Round up to 0.01 percentage point so the stored share never asks less than Method 1.
                const problem = updateFilingMarket(market.id, {
                  minShare: Math.ceil(share * 10_000 - 1e-9) / 10_000,
                  basis,
                });
                setError(problem);
                setHelper(false);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

function AddMarketForm() {
  const [draft, setDraft] = useState({ label: '', countries: '', minShare: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const share = parseDecimal(draft.minShare.trim().replace(/%$/, ''));
    if (!Number.isFinite(share) || share < 0 || share > 100)
      return setError('Minimum share: enter a percentage between 0 and 100');
    const problem = addFilingMarket({
      label: draft.label.trim(),
      countries: parseCountryList(draft.countries),
      minShare: share / 100,
      basis: '',
    });
    setError(problem);
    if (!problem) setDraft({ label: '', countries: '', minShare: '' });
  };
  return (
    <form
      className="toolbar add-market"
      aria-label="Add a filing market"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label>
        Market name{' '}
        <input
          value={draft.label}
          onChange={(e) => setDraft({ ...draft, label: e.target.value })}
          placeholder="Korea (MFDS)"
        />
      </label>
      <label>
        Countries{' '}
        <input
          value={draft.countries}
          size={8}
          onChange={(e) => setDraft({ ...draft, countries: e.target.value })}
          placeholder="KR"
        />
      </label>
      <label>
        Minimum share (%){' '}
        <input
          value={draft.minShare}
          size={5}
          inputMode="decimal"
          onChange={(e) => setDraft({ ...draft, minShare: e.target.value })}
          placeholder="10"
        />
      </label>
      <button type="submit">Add market</button>
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </form>
  );
}

/** The workspace's filing markets: the share of patients each regulator expects, and why. */
export function FilingMarketsEditor() {
  const markets = useAppStore((s) => s.workspace.filingMarkets);
  return (
    <div className="filing-markets">
      <h3>Filing markets</h3>
      {markets.length === 0 ? (
        <p className="muted">
          No filing market has a regional requirement yet. Add one below (for example Japan, 15%).
        </p>
      ) : (
        <table className="data compact market-table">
          <TableHead
            columns={[
              'Market',
              'Countries',
              'Min. share (%)',
              'Basis',
              { key: 'actions', header: <span className="sr-only">Actions</span> },
            ]}
          />
          <tbody>
            {markets.map((m) => (
              <MarketRow key={m.id} market={m} />
            ))}
          </tbody>
        </table>
      )}
      <AddMarketForm />
    </div>
  );
}
