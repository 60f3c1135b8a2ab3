import { useState } from 'react';
import type { FilingMarket } from '../../../domain/workspace/index';
import {
  addFilingMarket,
  removeFilingMarket,
  updateFilingMarket,
  type FilingMarketDraft,
} from '../../../state/actions/filing-markets';
import { useAppStore } from '../../../state/store';
import { parseCountryList } from './labels';
import { Method1Helper } from './Method1Helper';

type Field = 'label' | 'countries' | 'minShare' | 'basis';

const toText = (m: FilingMarket): Record<Field, string> => ({
  label: m.label,
  countries: m.countries.join(', '),
  minShare: String(Number((m.minShare * 100).toFixed(2))),
  basis: m.basis,
});

/** Parses one edited field into a patch, or the reason it is not valid. */
function patchFrom(field: Field, text: string): Partial<FilingMarketDraft> | string {
  if (field === 'countries') return { countries: parseCountryList(text) };
  if (field === 'minShare') {
    const v = Number(text.replace('%', '').trim());
    if (text.trim() === '' || !Number.isFinite(v)) return 'Minimum share: must be a number (percent)';
    if (v < 0 || v > 100) return 'Minimum share: must be between 0% and 100%';
    return { minShare: v / 100 };
  }
  return { [field]: text.trim() };
}

function MarketRow({ market }: { market: FilingMarket }) {
  const [text, setText] = useState(() => toText(market));
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const [helper, setHelper] = useState(false);
  const [seen, setSeen] = useState(market);
  if (seen !== market) {
    // The stored market changed (undo, Method 1): show it.
    setSeen(market);
    setText(toText(market));
  }
  const commit = (field: Field) => {
    const patch = patchFrom(field, text[field]);
    const problem = typeof patch === 'string' ? patch : updateFilingMarket(market.id, patch);
    setError(problem ? { field, message: problem } : null);
  };
  const input = (field: Field, label: string, size?: number) => (
    <input
      aria-label={`${label} for ${market.label}`}
      value={text[field]}
      size={size}
      aria-invalid={error?.field === field ? true : undefined}
      onChange={(e) => setText({ ...text, [field]: e.target.value })}
      onBlur={() => commit(field)}
      onKeyDown={(e) => e.key === 'Enter' && commit(field)}
    />
  );
  return (
    <>
      <tr data-testid={`market-${market.id}`}>
        <td>{input('label', 'Name', 14)}</td>
        <td>{input('countries', 'Countries', 10)}</td>
        <td>{input('minShare', 'Minimum share (%)', 5)}</td>
        <td>{input('basis', 'Basis', 36)}</td>
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
            {error.message}
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
                setError(problem ? { field: 'minShare', message: problem } : null);
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
    const share = Number(draft.minShare.replace('%', '').trim());
    if (draft.minShare.trim() === '' || !Number.isFinite(share) || share < 0 || share > 100)
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
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col">Countries</th>
              <th scope="col">Min. share (%)</th>
              <th scope="col">Basis</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
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
