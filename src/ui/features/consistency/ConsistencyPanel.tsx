import { useMemo } from 'react';
import type { MarketShareReport } from '../../../engine/optimizer/from-workspace/index';
// The constant's own module: the optimizer/from-workspace barrel would bring the start-up model onto the main thread.
import { MET_PROBABILITY } from '../../../engine/optimizer/from-workspace/assumptions';
import { useAppStore } from '../../../state/store';
import type { EngineCommands } from '../../../worker/commands';
import { useEngine } from '../../../worker/use-engine';
import { FilingMarketsEditor } from './FilingMarketsEditor';
import { formatPercent, formatShare } from '../../../domain/format';
import { STATUS_LABEL } from './labels';
import { ShareChart } from './ShareChart';
import { TableHead } from '../../components/simple-table/TableHead';

type ShareArgs = Parameters<EngineCommands['scenarioMarketShares']>;

function MarketResult({ m }: { m: MarketShareReport }) {
  return (
    <tr data-testid={`consistency-${m.id}`} data-status={m.status}>
      <th scope="row">{m.label}</th>
      <td>{formatShare(m.requiredShare)}</td>
      <td>
        {formatShare(m.expectedShare)}{' '}
        <span className="muted small">
          ({formatShare(m.p10)}–{formatShare(m.p90)})
        </span>
      </td>
      <td>{formatPercent(m.probability)}</td>
      <td>
        <span className={`status-badge status-badge--${m.status}`}>{STATUS_LABEL[m.status]}</span>
        {m.missing.length > 0 && (
          <span className="muted small"> — scenario has no {m.missing.join(', ')} sites</span>
        )}
      </td>
    </tr>
  );
}

/**
 * Regional consistency (ICH E17, MHLW 2007) for one scenario: the workspace's filing markets with
 * their required share, and whether this scenario's forecast delivers it.
 */
export function ConsistencyPanel({ scenarioId }: { scenarioId: string }) {
  const workspace = useAppStore((s) => s.workspace);
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  const exists = scenario !== undefined;
  // Filing markets, or a "Min share %" floor on one of this scenario's countries.
  const hasMarkets =
    workspace.filingMarkets.length > 0 || (scenario?.countries.some((c) => (c.minShare ?? 0) > 0) ?? false);
  const args = useMemo((): [ShareArgs, ShareArgs] | [null, null] => {
    if (!exists || !hasMarkets) return [null, null];
    return [
      [workspace, scenarioId, { runs: 800 }],
      [workspace, scenarioId, { runs: 4000 }],
    ];
  }, [workspace, scenarioId, exists, hasMarkets]);
  const state = useEngine(`consistency:${scenarioId}`, 'scenarioMarketShares', args[0], args[1], {
    secondary: true,
  });
  const markets = state.data?.scenarioId === scenarioId ? state.data.markets : undefined;

  return (
    <section className="panel consistency-panel" aria-labelledby="consistency-heading">
      <h2 id="consistency-heading">Consistency</h2>
      <p className="muted small">
        Share of randomised patients from each filing market when the target is reached, against the share its
        regulator expects (ICH E17; MHLW Method 1), and each “Min share %” set on this scenario’s countries.
        “Met” means the scenario delivers the share with probability ≥ {formatPercent(MET_PROBABILITY)}.
      </p>
      {!exists && <p role="alert">Choose a scenario to check its regional shares.</p>}
      {exists && hasMarkets && (
        <div aria-busy={state.status === 'loading'} aria-live="polite">
          {state.status === 'error' && (
            <p role="alert" className="field__error">
              Could not compute the shares: {state.error}
            </p>
          )}
          {!markets && state.status === 'loading' && <p className="muted">Computing regional shares…</p>}
          {markets && (
            <>
              <table className="data compact consistency-table">
                <TableHead columns={['Market', 'Required', 'Expected (P10–P90)', 'P(share met)', 'Status']} />
                <tbody>
                  {markets.map((m) => (
                    <MarketResult key={m.id} m={m} />
                  ))}
                </tbody>
              </table>
              <ShareChart markets={markets} />
              <p className="muted small">
                {state.refined
                  ? `${state.data?.runs.toLocaleString('en-US')} Monte Carlo runs`
                  : 'Quick estimate; refining…'}{' '}
                · seed {state.data?.seed}
              </p>
            </>
          )}
        </div>
      )}
      <FilingMarketsEditor />
    </section>
  );
}
