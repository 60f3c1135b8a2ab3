import { useRef, useState } from 'react';
import { formatNumber, formatPercent, formatShare, formatSignedPoints } from '../../../domain/format';
import type { ComparedScenario } from '../../../engine/evaluation/compare';
import type { ScenarioScore } from '../../../engine/scores/index';
import { costScopeLine, deltaTone, filingMarkets, measureRows, STATUS_TEXT } from './comparison-rows';
import { SCORE_NAMES, WhyPopover, type ScoreKey } from './WhyPanel';
import './compare.css';

const SCORE_KEYS: ScoreKey[] = ['speed', 'cost', 'feasibility', 'concentration', 'regional', 'composite'];
const TONE_WORD = { better: 'better', worse: 'worse', same: 'no change' } as const;

/**
 * Every scenario side by side with its difference from the baseline. A difference is coloured by
 * whether it is better or worse for that measure (an earlier date or a lower cost is better, a
 * higher probability is better), not by its sign; the word is there too, for readers who do not
 * see the colour. Regional requirements get a row per filing market.
 */
export function ComparisonTable({
  compared,
  scores,
  baselineId,
  submission,
  currency,
}: {
  compared: ComparedScenario[];
  scores: ScenarioScore[];
  baselineId: string;
  submission: string;
  currency: string;
}) {
  const base = compared.find((c) => c.evaluation.scenarioId === baselineId) ?? compared[0];
  const scoreOf = (id: string) => scores.find((s) => s.id === id);
  const markets = filingMarkets(compared);
  const [why, setWhy] = useState<{ id: string; which: ScoreKey } | null>(null);
  const anchor = useRef<HTMLButtonElement | null>(null);
  const whyScore = why ? scoreOf(why.id) : undefined;

  return (
    <div className="comparison-wrap">
      <table className="data comparison-table" data-testid="comparison-table">
        <caption className="comparison-caption">
          Differences are against the baseline and coloured{' '}
          <span className="delta delta--better">better</span> or{' '}
          <span className="delta delta--worse">worse</span> for that measure. {costScopeLine(base, currency)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {compared.map((c) => (
              <th scope="col" key={c.evaluation.scenarioId} className="num">
                {c.evaluation.scenarioName}
                {c === base ? <span className="badge"> baseline</span> : null}
                {c.evaluation.actuals && (
                  <div className="small muted" data-testid={`actuals-label-${c.evaluation.scenarioId}`}>
                    includes actuals to {c.evaluation.actuals.asOf}
                  </div>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measureRows(submission, currency).map((row) => (
            <tr key={row.key} data-measure={row.key}>
              <th scope="row">{row.label}</th>
              {compared.map((c) => {
                const v = row.value(c);
                const d = base ? v - row.value(base) : Number.NaN;
                const tone = deltaTone(d, row.better);
                return (
                  <td key={c.evaluation.scenarioId} className="num">
                    {row.show(v)}
                    {c !== base && row.delta && base && Number.isFinite(d) && (
                      <div className={`delta small delta--${tone}`} data-tone={tone}>
                        {row.delta(d)} <span className="delta__word">{TONE_WORD[tone]}</span>
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          {markets.length > 0 && (
            <tr className="comparison-section">
              <th scope="rowgroup" colSpan={compared.length + 1}>
                Regional requirements of the filing markets
              </th>
            </tr>
          )}
          {markets.map((m) => (
            <tr key={m.id} data-testid={`requirement-row-${m.id}`}>
              <th scope="row">
                {m.label}: ≥ {formatShare(m.requiredShare)} of patients
                <div className="small muted">{m.basis}</div>
              </th>
              {compared.map((c) => {
                const r = c.markets.markets.find((x) => x.id === m.id);
                if (!r)
                  return (
                    <td key={c.evaluation.scenarioId} className="num muted">
                      not a filing market
                    </td>
                  );
                const b = base?.markets.markets.find((x) => x.id === m.id);
                const d = b && c !== base ? r.probability - b.probability : Number.NaN;
                const tone = deltaTone(d, 'higher', 0.005);
                return (
                  <td key={c.evaluation.scenarioId} className="num">
                    <span className={`requirement requirement--${r.status}`}>{STATUS_TEXT[r.status]}</span>
                    <div className="small">
                      {formatShare(r.expectedShare)} expected; P(met) {formatPercent(r.probability)}
                    </div>
                    {Number.isFinite(d) && (
                      <div className={`delta small delta--${tone}`} data-tone={tone}>
                        {formatSignedPoints(d)} <span className="delta__word">{TONE_WORD[tone]}</span>
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="comparison-section">
            <th scope="rowgroup" colSpan={compared.length + 1}>
              Scores (0–100, higher is better)
            </th>
          </tr>
          {SCORE_KEYS.map((key) => (
            <tr key={key} className={key === 'composite' ? 'composite-row' : undefined}>
              <th scope="row">{SCORE_NAMES[key]} score</th>
              {compared.map((c) => {
                const s = scoreOf(c.evaluation.scenarioId);
                const b = base ? scoreOf(base.evaluation.scenarioId) : undefined;
                const d = s && b && c !== base ? s[key].score - b[key].score : Number.NaN;
                const tone = deltaTone(d, 'higher', 0.5);
                return (
                  <td key={c.evaluation.scenarioId} className="num">
                    {s ? formatNumber(s[key].score, 0) : '—'}
                    {s && key === 'composite' && <span className="muted small"> (rank {s.rank})</span>}{' '}
                    {s && (
                      <button
                        type="button"
                        className="link-button why-button"
                        aria-expanded={why?.id === s.id && why.which === key}
                        onClick={(e) => {
                          anchor.current = e.currentTarget;
                          setWhy(why?.id === s.id && why.which === key ? null : { id: s.id, which: key });
                        }}
                        aria-label={`Why ${SCORE_NAMES[key]} score for ${c.evaluation.scenarioName}`}
                      >
                        why?
                      </button>
                    )}
                    {Number.isFinite(d) && (
                      <div className={`delta small delta--${tone}`} data-tone={tone}>
                        {d > 0 ? '+' : d < 0 ? '\u2212' : '±'}
                        {formatNumber(Math.abs(d), 0)} <span className="delta__word">{TONE_WORD[tone]}</span>
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {why && whyScore && (
        <WhyPopover
          anchor={anchor}
          score={whyScore}
          which={why.which}
          submission={submission}
          currency={currency}
          onClose={() => setWhy(null)}
        />
      )}
    </div>
  );
}
