import { headlines, resultHeadlines } from '../../src-main/shared/headlines.js';
import type { DashboardIndicators, Summary } from '../../src-main/shared/indicators.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { FigureList } from '../components/FigureList.js';
import { useT } from '../i18n/language.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

const SUMMARY_KEYS: ReadonlyArray<keyof Summary> = ['pairings', 'entities', 'countries', 'regions', 'themes', 'organisations', 'participants', 'activities'];

/** What the cooperation achieved, in the figures that matter most; the Results and Outcomes views hold the rest. */
const OVERVIEW_RESULTS = ['results.onTrackShare', 'outcomes.outcomes', 'outcomes.twoWayShare'];

function ResultsAtAGlance({ ind, goTo }: { ind: DashboardIndicators; goTo: ViewProps['goTo'] }) {
  // Only figures the data has: a dataset with outcomes and no indicators shows no "n/a" on-track share.
  const t = useT();
  const has = (id: string) => (id.startsWith('results.') ? ind.results.indicators > 0 : ind.outcomes.outcomes > 0);
  const shown = resultHeadlines(ind, t).filter((h) => OVERVIEW_RESULTS.includes(h.id) && has(h.id));
  if (shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="results-glance-title" data-testid="results-glance">
      <header className="card-header">
        <h3 className="card-title" id="results-glance-title">
          {t.t('overview.achieved')}
        </h3>
      </header>
      <ul className={shown.length === 3 ? 'headlines headlines-3' : 'headlines'}>
        {shown.map((h) => (
          <li key={h.id} className="headline" data-headline={h.id} data-value={h.value ?? ''}>
            <span className="headline-value">{h.display}</span>
            <span className="headline-text">
              <strong>{h.label}.</strong> {h.sentence}
            </span>
          </li>
        ))}
      </ul>
      <div className="card-footer">
        {ind.results.indicators > 0 && (
          <button type="button" className="link" onClick={() => goTo('results')}>
            {t.t('overview.toResults')}
          </button>
        )}
        {ind.outcomes.outcomes > 0 && (
          <button type="button" className="link" onClick={() => goTo('outcomes')}>
            {t.t('overview.toOutcomes')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Key figures, each with the sentence that says what it means, then delivery at a glance. */
export function Overview({ indicators, showPairings, goTo }: ViewProps) {
  const t = useT();
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <FigureList label={t.t('overview.figures')} busy={busy} figures={SUMMARY_KEYS.map((key) => ({ id: `summary.${key}`, name: key, text: t.number(ind.summary[key], 0), raw: ind.summary[key] }))} />
          <section className="card" aria-labelledby="headlines-title">
            <header className="card-header">
              <h3 className="card-title" id="headlines-title">
                {ind.summary.pairings === 0 ? t.t('overview.noPairings') : t.t('overview.standsOut')}
              </h3>
            </header>
            <ul className="headlines">
              {headlines(ind, t).map((h) => (
                <li key={h.id} className="headline" data-headline={h.id} data-value={h.value ?? ''}>
                  <span className="headline-value">{h.display}</span>
                  <span className="headline-text">
                    <strong>{h.label}.</strong> {h.sentence}
                  </span>
                </li>
              ))}
            </ul>
            {ind.summary.pairings > 0 && (
              <div className="card-footer">
                <button type="button" className="link" onClick={() => showPairings()}>
                  {t.t('overview.seePairings', { count: ind.summary.pairings })}
                </button>
                <button type="button" className="link" onClick={() => goTo('regions')}>
                  {t.t('overview.where')}
                </button>
              </div>
            )}
          </section>
          <ResultsAtAGlance ind={ind} goTo={goTo} />
          {ind.warnings.length > 0 && (
            <div className="notice notice-warning" role="note">
              <p>
                <strong>{t.t('overview.warnings', { count: ind.warnings.length })}</strong> {t.t('overview.warnings.rest')}{' '}
                <button type="button" className="link" onClick={() => goTo('data')}>
                  {t.t('overview.warnings.review')}
                </button>
              </p>
            </div>
          )}
          <div className="chart-grid">
            <IndicatorChart id="action-plans" indicators={ind} busy={busy} height={280} />
            <IndicatorChart id="activities-by-type" indicators={ind} busy={busy} height={280} />
          </div>
        </div>
      )}
    </IndicatorView>
  );
}
