import { useMemo, useState } from 'react';
import benchmarksJson from '../../../../data/reference/benchmarks.json';
import calibrationJson from '../../../../data/reference/benchmarks-calibration.json';
import { countryBenchmarks, type CountryBenchmark } from '../../../engine/benchmarks/view';
import { describePlanAgainst, findComparable } from '../../../engine/benchmarks/comparable';
import { countryDefaultRate } from '../../../engine/evaluation/site-priors';
import { useAppStore } from '../../../state/store';
import { PitHistogram } from './PitHistogram';
import { useComparableTrials } from './use-comparable-trials';

const AREAS = benchmarksJson.areas.map((a) => a.id);
const f = (x: number) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Recruitment benchmarks fitted on ClinicalTrials.gov, comparable trials and the calibration check. */
export function BenchmarksScreen() {
  const ws = useAppStore((s) => s.workspace);
  const [area, setArea] = useState<string>(ws.study.therapeuticArea);
  const [phase, setPhase] = useState<'2' | '3'>(
    ws.study.phase === '2' || ws.study.phase === '1/2' ? '2' : '3',
  );
  const { trials, error } = useComparableTrials();
  const planCountries = ws.countries.map((c) => c.iso2);
  const rows = useMemo<CountryBenchmark[]>(
    () =>
      countryBenchmarks(benchmarksJson, trials ?? [], { area, phase }).sort(
        (a, b) => b.studies - a.studies || a.iso2.localeCompare(b.iso2),
      ),
    [area, phase, trials],
  );
  const comparable = useMemo(
    () =>
      trials
        ? findComparable(trials, { area: area as never, phase, targetEnrollment: ws.study.targetRandomised })
        : [],
    [trials, area, phase, ws.study.targetRandomised],
  );
  const d = benchmarksJson.dataset;
  const k = calibrationJson.kFold;
  return (
    <section className="screen benchmarks-screen">
      <h1>Benchmarks</h1>
      <p className="muted">
        Recruitment rates fitted on {d.eligibleStudies.toLocaleString('en')} completed industry phase 2–3
        trials from the {d.name} ({d.citation}). The planner's default base rates, country multipliers and
        site-rate spread come from this fit.
      </p>
      <div className="panel caveats" role="note">
        <h2>Read these numbers with care</h2>
        <ul>
          <li>The trials started mostly in 2004–2012; recruitment has changed since.</li>
          <li>
            Only trials that finished and posted results are included: slow trials that were stopped early are
            missing, so rates are optimistic.
          </li>
          <li>Most sites are in the United States; small countries borrow from their region and say so.</li>
          <li>
            The registry does not say when each site opened or how many patients each enrolled: rates are per
            listed site and enrollment periods are estimated from dates.
          </li>
        </ul>
      </div>

      <div className="toolbar benchmark-filters">
        <label>
          Therapeutic area{' '}
          <select value={area} onChange={(e) => setArea(e.target.value)} aria-label="Therapeutic area">
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Phase{' '}
          <select value={phase} onChange={(e) => setPhase(e.target.value as '2' | '3')} aria-label="Phase">
            <option value="2">2</option>
            <option value="3">3 (incl. 2/3)</option>
          </select>
        </label>
      </div>

      <h2>Rates by country</h2>
      <p className="muted small">
        Rate: randomised patients per site per month in a typical study, with the 80% interval of the
        estimate. Trials and sites: {area}, phase {phase} trials with sites in the country; median: their
        median trial rate.
      </p>
      {error && <p role="alert">Could not load the comparable trials: {error}</p>}
      <div className="table-scroll">
        <table className="benchmark-table" aria-label="Benchmark rates by country">
          <thead>
            <tr>
              <th>Country</th>
              <th>Region</th>
              <th>Rate</th>
              <th>80% interval</th>
              <th>Trials</th>
              <th>Sites</th>
              <th>Trial median</th>
              <th>Your plan</th>
              <th>Confidence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const inPlan = planCountries.includes(r.iso2);
              return (
                <tr key={r.iso2} className={inPlan ? 'in-plan' : undefined} data-iso2={r.iso2}>
                  <td>{r.iso2}</td>
                  <td>{r.region}</td>
                  <td className="num">{f(r.rate.p50)}</td>
                  <td className="num">
                    {f(r.rate.p10)}–{f(r.rate.p90)}
                  </td>
                  <td className="num">{trials ? r.studies : '…'}</td>
                  <td className="num">{trials ? r.sites : '…'}</td>
                  <td className="num">{r.comparable ? f(r.comparable.p50) : '–'}</td>
                  <td className="num">{inPlan ? f(countryDefaultRate(ws, r.iso2).rate) : ''}</td>
                  <td>{r.fallback ? 'low: too few trials, region rate' : r.confidence}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>Your plan against comparable trials</h2>
      <ul className="plan-vs-comparable">
        {trials &&
          planCountries.map((iso2) => (
            <li key={iso2}>
              {describePlanAgainst(
                countryDefaultRate(ws, iso2).rate,
                iso2,
                comparable.filter((t) => new RegExp(`(^| )${iso2}:`).test(t.countries)),
              )}
            </li>
          ))}
      </ul>

      <h2>Comparable trials</h2>
      <p className="muted small">
        {area}, phase {phase}, {Math.round(ws.study.targetRandomised / 3)}–{ws.study.targetRandomised * 3}{' '}
        patients: {trials ? comparable.length : '…'} trials
        {comparable.length > 50 ? ' (the 50 largest shown)' : ''}.
      </p>
      <div className="table-scroll">
        <table className="comparable-table" aria-label="Comparable trials">
          <thead>
            <tr>
              <th>NCT id</th>
              <th>Countries (sites)</th>
              <th>Sites</th>
              <th>Enrolled</th>
              <th>Months</th>
              <th>Rate</th>
            </tr>
          </thead>
          <tbody>
            {[...comparable]
              .sort((a, b) => b.enrollment - a.enrollment || a.nct.localeCompare(b.nct))
              .slice(0, 50)
              .map((t) => (
                <tr key={t.nct}>
                  <td>
                    <a href={`https://clinicaltrials.gov/study/${t.nct}`} target="_blank" rel="noreferrer">
                      {t.nct}
                    </a>
                  </td>
                  <td className="small">{t.countries}</td>
                  <td className="num">{t.sites}</td>
                  <td className="num">{t.enrollment}</td>
                  <td className="num">{t.months}</td>
                  <td className="num">{f(t.rate)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <h2>Is the model calibrated?</h2>
      <p>
        Each trial was forecast as a planner would have before it started (its sites per country, area and
        phase), by a model fitted without it ({k.k}-fold). The actual enrollment period fell inside the
        forecast 80% interval for <strong data-testid="coverage80">{pct(k.overall.coverage80)}</strong> of{' '}
        {k.overall.eligible.toLocaleString('en')} trials (target 72–88%); on 20% of trials held out before any
        fitting: {pct(calibrationJson.holdout.overall.coverage80)}. The typical forecast is off by a factor of{' '}
        {Math.exp(k.overall.medianAbsLogRatio).toFixed(1)} (median), so one trial's forecast stays uncertain.
      </p>
      <PitHistogram
        pit={k.overall.pit}
        label={`Where the actual period fell in the forecast distribution (PIT), ${k.overall.eligible} trials`}
      />
      <table className="calibration-table" aria-label="Calibration by phase and area">
        <thead>
          <tr>
            <th>Group</th>
            <th>Trials</th>
            <th>80% coverage</th>
            <th>Median error factor</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...Object.entries(k.byPhase).map(([p, s]) => [`Phase ${p}`, s] as const),
            ...Object.entries(k.byArea),
          ].map(([name, s]) => (
            <tr key={name}>
              <td>{name}</td>
              <td className="num">{s.eligible}</td>
              <td className="num">{pct(s.coverage80)}</td>
              <td className="num">×{Math.exp(s.medianAbsLogRatio).toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Model: {benchmarksJson.model.name}. Details: docs/benchmarks.md.</p>
    </section>
  );
}
