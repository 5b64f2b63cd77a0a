import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../src-main/shared/api-contract.js';
import type { Indicators, Summary } from '../src-main/shared/indicators.js';
import { call } from './api.js';

type State = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; indicators: Indicators };

const FIGURES: ReadonlyArray<{ key: keyof Summary; label: string }> = [
  { key: 'pairings', label: 'Pairings' },
  { key: 'entities', label: 'Cities and regions' },
  { key: 'countries', label: 'Countries' },
  { key: 'regions', label: 'World regions' },
  { key: 'themes', label: 'Themes' },
  { key: 'organisations', label: 'Organisations' },
  { key: 'participants', label: 'Participants' },
  { key: 'activities', label: 'Activities' },
];

const number = new Intl.NumberFormat(undefined);

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    call('indicators/compute', {}).then(
      (result) => {
        if (current) setState(result.ok ? { status: 'ready', indicators: result.value } : { status: 'error', error: result.error });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: { code: 'internal', message: String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  return (
    <main className="page">
      <header className="page-header">
        <h1>Twinlens</h1>
        <p className="subtitle">Programme summary, all pairings</p>
      </header>

      {state.status === 'error' ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>The indicators could not be computed.</strong> {state.error.message}
          </p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : (
        <ul className="figures" aria-busy={state.status === 'loading'} aria-label="Key figures">
          {FIGURES.map(({ key, label }) => (
            <li key={key} className="figure" data-figure={key}>
              <span className="figure-value">{state.status === 'ready' ? number.format(state.indicators.summary[key]) : '\u2013'}</span>
              <span className="figure-label">{label}</span>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'loading' && <p className="status">Computing indicators…</p>}
    </main>
  );
}
